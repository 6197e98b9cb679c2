package org.secondopinion.referral.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.secondopinion.referral.entity.ReferralStatus;

/**
 * How many second-opinion cases are open and how many of them are overdue, for monitoring ({@link CaseMetrics}):
 * counts only, no patient data, so anyone may ask. Two counting queries, no transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CaseCounts {

    @PersistenceContext
    EntityManager em;

    /** Cases still being worked on: not closed, rejected or cancelled. */
    public long open() {
        return em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.status IN :open", Long.class)
                .setParameter("open", ReferralStatus.open()).getSingleResult();
    }

    /** Open cases flagged overdue by the turnaround watch, as on the coordinator's home page. */
    public long overdue() {
        return em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.escalatedAt IS NOT NULL AND r.status IN :running",
                Long.class).setParameter("running", ReferralStatus.clockRunning()).getSingleResult();
    }
}
