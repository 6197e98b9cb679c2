package org.secondopinion.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.secondopinion.audit.control.AuditChaining;
import org.secondopinion.audit.entity.AuditChainHead;
import org.secondopinion.audit.entity.AuditEntry;
import org.secondopinion.audit.entity.AuditPending;
import org.secondopinion.platform.boundary.DatabaseMigration;
import org.secondopinion.platform.boundary.ScheduledJob;

/**
 * Links the audit entries written since its last run into the hash chain: oldest first, numbered on from the chain
 * head without gaps, each with the hash of the one before. Only the chainer locks the chain head, so audited writes
 * never wait for one another; it runs every second, and before every read of the trail (search, count, the
 * user's recent activity, verification), so what is read is chained. Two runs at once (the timer and a reader, or
 * two nodes) take turns on the head's lock; each batch is its own transaction, which moves its entries and the head
 * together or not at all.
 */
@Stateless
@PermitAll
public class AuditChainer {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    DatabaseMigration migration;

    @ScheduledJob
    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "audit chainer")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everySecond() {
        try {
            if (migration.migrated()) {
                chainPending();
            }
        } catch (RuntimeException failed) {
            // the next run tries again; nothing was half-moved (each batch is one transaction)
            LOG.log(Level.WARNING, "Audit chaining failed; it is tried again in a second", failed);
        }
    }

    /** Chains every entry committed so far; answers how many it chained. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long chainPending() {
        AuditChainer self = session.getBusinessObject(AuditChainer.class);
        long chained = 0;
        int batch;
        do {
            batch = self.chainBatch();
            chained += batch;
        } while (batch == BATCH);
        return chained;
    }

    /** One batch, oldest first, in one transaction with the head. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int chainBatch() {
        List<AuditPending> pending = em.createNamedQuery(AuditPending.OLDEST_FIRST, AuditPending.class)
                .setMaxResults(BATCH).getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ID,
                LockModeType.PESSIMISTIC_WRITE);
        // another run may have moved some of them while this one waited for the head
        pending = em.createNamedQuery(AuditPending.OLDEST_FIRST, AuditPending.class)
                .setMaxResults(BATCH).getResultList();
        List<AuditEntry> entries = AuditChaining.link(head.getLastEntryId(), head.getLastHash(),
                pending.stream().map(AuditPending::event).toList());
        for (int i = 0; i < entries.size(); i++) {
            em.persist(entries.get(i));
            em.remove(pending.get(i));
            head.advanceTo(entries.get(i));
        }
        return entries.size();
    }

    /** How many entries are written but not chained yet. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unchained() {
        return em.createNamedQuery(AuditPending.COUNT, Long.class).getSingleResult();
    }
}
