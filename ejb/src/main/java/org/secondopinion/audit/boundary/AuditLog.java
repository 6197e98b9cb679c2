package org.secondopinion.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.secondopinion.audit.control.ChainVerdict;
import org.secondopinion.audit.control.ChainVerification;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditChainHead;
import org.secondopinion.audit.entity.AuditEntry;
import org.secondopinion.audit.entity.AuditEvent;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.audit.entity.AuditPending;
import org.secondopinion.platform.boundary.RequestOrigin;
import org.secondopinion.platform.entity.Role;

/**
 * The audit trail. Every component records here, inside its own transaction, so an
 * entry exists exactly when the change it describes does. Recording takes no shared
 * lock: the entry is written unchained ({@link AuditPending}), and {@link AuditChainer}
 * numbers it without gaps and links it into the hash chain within a second, and before
 * any read of the trail here.
 */
@Stateless
public class AuditLog {

    private static final int VERIFY_BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    RequestOrigin origin;

    @Inject
    AuditChainer chainer;

    /** Records an action of the current caller in the caller's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditAction action, String recordType, Object recordId, String detail) {
        append(event(caller(), action, recordType, recordId, AuditOutcome.SUCCESS, detail));
    }

    /** Records an action on behalf of a named actor (a login, before anyone is signed in). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(String actor, AuditAction action, String recordType, Object recordId,
                         AuditOutcome outcome, String detail) {
        append(event(actor, action, recordType, recordId, outcome, detail));
    }

    /**
     * Records a refused access. It commits on its own: the refused call's transaction
     * (if any) is rolled back, the record of the refusal must stay.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String recordType, Object recordId, String detail) {
        append(event(caller(), AuditAction.ACCESS_DENIED, recordType, recordId, AuditOutcome.DENIED, detail));
        // written now, inside this transaction: left to the commit, the insert went with the caller's
        // transaction and was rolled back with it (AuditTrailIT.keepsARefusalWhenTheRefusedCallRollsBack)
        em.flush();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        chainer.chainPending();
        TypedQuery<AuditEntry> q = em.createQuery(
                "SELECT e FROM AuditEntry e" + where(query) + " ORDER BY e.id DESC", AuditEntry.class);
        bind(q, query);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * Entries matching the query. Without filters the chain head tells, no scan needed, plus the entries this
     * transaction wrote and nobody could chain yet (a caller's own transaction sees them, no other does).
     */
    @RolesAllowed(Role.Names.ADMIN)
    public long count(AuditQuery query) {
        chainer.chainPending();
        if (query.filtersNothing()) {
            return head().getLastEntryId() + em.createNamedQuery(AuditPending.COUNT, Long.class).getSingleResult();
        }
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where(query), Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    /** The caller's own latest actions, for their home page. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.SPECIALIST, Role.Names.BILLING, Role.Names.LEGAL, Role.Names.ADMIN})
    public List<AuditEntry> myRecentActivity(int max) {
        chainer.chainPending();
        return em.createNamedQuery(AuditEntry.FIND_BY_ACTOR, AuditEntry.class)
                .setParameter("actor", caller())
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Chains what is pending, then walks the whole chain up to the head as it is now and
     * names the first broken entry; the verdict also tells how many entries were written
     * meanwhile and are not chained yet. Reads in batches outside a transaction so memory
     * stays flat.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Interceptors(VerificationMetrics.class)
    public ChainVerdict verify() {
        chainer.chainPending();
        AuditChainHead head = head();
        ChainVerification verification = new ChainVerification();
        long after = 0;
        while (after < head.getLastEntryId()) {
            List<AuditEntry> batch = em.createNamedQuery(AuditEntry.FIND_FROM, AuditEntry.class)
                    .setParameter("after", after)
                    .setParameter("upTo", head.getLastEntryId())
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry entry : batch) {
                if (!verification.accept(entry)) {
                    return verification.finish(head.getLastEntryId(), head.getLastHash())
                            .withUnchained(chainer.unchained());
                }
            }
            after = batch.get(batch.size() - 1).getId();
            em.clear();
        }
        return verification.finish(head.getLastEntryId(), head.getLastHash())
                .withUnchained(chainer.unchained());
    }

    private void append(AuditEvent event) {
        em.persist(new AuditPending(event));
    }

    private AuditChainHead head() {
        return em.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ID);
    }

    private AuditEvent event(String actor, AuditAction action, String recordType, Object recordId,
                             AuditOutcome outcome, String detail) {
        return new AuditEvent(Instant.now(clock), actor, action, recordType,
                recordId == null ? null : recordId.toString(), outcome, detail, clientAddress());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private String clientAddress() {
        try {
            return origin.clientAddress();
        } catch (ContextNotActiveException outsideRequest) {
            return null;
        }
    }

    private static String where(AuditQuery query) {
        StringBuilder where = new StringBuilder();
        if (!AuditQuery.blank(query.actor())) {
            and(where, "e.actor = :actor");
        }
        if (query.action() != null) {
            and(where, "e.action = :action");
        }
        if (!AuditQuery.blank(query.recordType())) {
            and(where, "e.recordType = :recordType");
        }
        if (!AuditQuery.blank(query.recordId())) {
            and(where, "e.recordId = :recordId");
        }
        if (query.outcome() != null) {
            and(where, "e.outcome = :outcome");
        }
        if (query.from() != null) {
            and(where, "e.occurredAt >= :from");
        }
        if (query.to() != null) {
            and(where, "e.occurredAt < :to");
        }
        return where.toString();
    }

    private static void and(StringBuilder where, String condition) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
    }

    private static void bind(TypedQuery<?> q, AuditQuery query) {
        if (!AuditQuery.blank(query.actor())) {
            q.setParameter("actor", query.actor().trim());
        }
        if (query.action() != null) {
            q.setParameter("action", query.action());
        }
        if (!AuditQuery.blank(query.recordType())) {
            q.setParameter("recordType", query.recordType().trim());
        }
        if (!AuditQuery.blank(query.recordId())) {
            q.setParameter("recordId", query.recordId().trim());
        }
        if (query.outcome() != null) {
            q.setParameter("outcome", query.outcome());
        }
        if (query.from() != null) {
            q.setParameter("from", query.from());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to());
        }
    }
}
