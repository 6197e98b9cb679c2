package org.secondopinion.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The newest link of the audit chain: its id and hash. One row, locked only by the
 * chainer while it links written entries after it, so entries are numbered without
 * gaps; it also reveals entries deleted from the end of the chain.
 */
@Entity
@Cacheable(false) // verification must see the rows as they are in the database, never a cached copy
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int THE_ONLY_ID = 1;

    @Id
    private int id;

    @Column(name = "last_entry_id", nullable = false)
    private long lastEntryId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
        // for JPA
    }

    public long getLastEntryId() {
        return lastEntryId;
    }

    public String getLastHash() {
        return lastHash;
    }

    /** Moves the head onto the entry just appended. */
    public void advanceTo(AuditEntry entry) {
        if (entry.getId() != lastEntryId + 1 || !entry.getPreviousHash().equals(lastHash)) {
            throw new IllegalStateException("audit entry " + entry.getId() + " does not follow " + lastEntryId);
        }
        this.lastEntryId = entry.getId();
        this.lastHash = entry.getHash();
    }
}
