package org.secondopinion.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit trail. Entries are numbered without gaps and each carries
 * the hash of the one before, so an entry edited, deleted or moved in the database
 * breaks the chain at that point. Entries are never changed by the application.
 */
@Entity
@Cacheable(false) // verification must see the rows as they are in the database, never a cached copy
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_FROM,
        query = "SELECT e FROM AuditEntry e WHERE e.id > :after AND e.id <= :upTo ORDER BY e.id")
@NamedQuery(name = AuditEntry.FIND_BY_ACTOR,
        query = "SELECT e FROM AuditEntry e WHERE e.actor = :actor ORDER BY e.id DESC")
public class AuditEntry implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_FROM = "AuditEntry.findFrom";
    public static final String FIND_BY_ACTOR = "AuditEntry.findByActor";

    @Id
    private long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 80)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditAction action;

    @Column(name = "record_type", length = 60)
    private String recordType;

    @Column(name = "record_id", length = 80)
    private String recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AuditOutcome outcome;

    @Column(length = 1000)
    private String detail;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(long id, AuditEvent event, String previousHash, String hash) {
        if (id < 1) {
            throw new IllegalArgumentException("audit entry ids start at 1");
        }
        this.id = id;
        this.occurredAt = event.occurredAt();
        this.actor = event.actor();
        this.action = event.action();
        this.recordType = event.recordType();
        this.recordId = event.recordId();
        this.outcome = event.outcome();
        this.detail = event.detail();
        this.clientAddress = event.clientAddress();
        this.previousHash = Objects.requireNonNull(previousHash);
        this.hash = Objects.requireNonNull(hash);
    }

    /** The event this entry records, as it is stored now. */
    public AuditEvent event() {
        return new AuditEvent(occurredAt, actor, action, recordType, recordId, outcome, detail, clientAddress);
    }

    public long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
