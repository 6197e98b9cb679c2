package org.secondopinion.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An audit entry written but not yet in the chain. Every audited transaction appends its entries here, in the same
 * transaction as its change and without taking any lock beyond its own rows, so an entry exists exactly when the
 * change does; the chainer ({@code AuditChainer}) then moves them, oldest first, into {@link AuditEntry} with their
 * place and hash in the chain. The id only orders them; the chain numbers them without gaps.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_pending")
@NamedQuery(name = AuditPending.OLDEST_FIRST, query = "SELECT p FROM AuditPending p ORDER BY p.id")
@NamedQuery(name = AuditPending.COUNT, query = "SELECT COUNT(p) FROM AuditPending p")
public class AuditPending {

    public static final String OLDEST_FIRST = "AuditPending.oldestFirst";
    public static final String COUNT = "AuditPending.count";
    /** Ids taken per trip to the sequence: the migration's INCREMENT BY is the same. */
    public static final int ALLOCATION = 5000;

    @Id
    @SequenceGenerator(name = "audit_pending_seq", sequenceName = "audit_pending_seq", allocationSize = ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_pending_seq")
    private Long id;

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

    protected AuditPending() {
        // for JPA
    }

    public AuditPending(AuditEvent event) {
        this.occurredAt = event.occurredAt();
        this.actor = event.actor();
        this.action = event.action();
        this.recordType = event.recordType();
        this.recordId = event.recordId();
        this.outcome = event.outcome();
        this.detail = event.detail();
        this.clientAddress = event.clientAddress();
    }

    public Long getId() {
        return id;
    }

    /** The event as written. */
    public AuditEvent event() {
        return new AuditEvent(occurredAt, actor, action, recordType, recordId, outcome, detail, clientAddress);
    }
}
