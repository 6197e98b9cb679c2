package org.secondopinion.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.referral.control.OutcomeFigures;
import org.secondopinion.referral.entity.OpinionOutcome;
import org.secondopinion.referral.entity.ReferralStatus;

/** The department's figures: cases by state, overdue count, and the outcomes of a chosen period. */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
public class ReferralDashboard {

    /** What the dashboard shows: no patient data, only counts and rates. */
    public record Snapshot(Map<ReferralStatus, Long> byStatus, long overdue, OutcomeFigures.Figures outcomes,
                           Instant from, Instant to) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public Snapshot snapshot(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new RuleViolation("from", "Choose a period whose start is before its end.");
        }
        Map<ReferralStatus, Long> byStatus = new EnumMap<>(ReferralStatus.class);
        for (ReferralStatus status : ReferralStatus.values()) {
            byStatus.put(status, 0L);
        }
        em.createQuery("SELECT r.status, COUNT(r) FROM Referral r GROUP BY r.status", Object[].class)
                .getResultList().forEach(row -> byStatus.put((ReferralStatus) row[0], (Long) row[1]));
        long overdue = countOverdue();
        List<OutcomeFigures.Delivered> delivered = new ArrayList<>();
        em.createQuery("SELECT r.recordsCompleteAt, r.deliveredAt, r.outcomes FROM Referral r"
                        + " WHERE r.deliveredAt >= :from AND r.deliveredAt < :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> delivered.add(new OutcomeFigures.Delivered(
                        row[0] == null ? null : Duration.between((Instant) row[0], (Instant) row[1]),
                        outcomes(row[2]))));
        audit.record(AuditAction.READ, "ReferralDashboard", null, "figures " + from + " to " + to);
        return new Snapshot(byStatus, overdue, OutcomeFigures.of(delivered), from, to);
    }

    @SuppressWarnings("unchecked")
    private static Set<OpinionOutcome> outcomes(Object column) {
        if (column instanceof Set<?> set) {
            return (Set<OpinionOutcome>) set;
        }
        return new org.secondopinion.referral.entity.OutcomesConverter().convertToEntityAttribute((String) column);
    }

    /** Open cases flagged overdue: the coordinator's home page shows this count. */
    @RolesAllowed(Role.Names.COORDINATOR)
    public long overdueCount() {
        return countOverdue();
    }

    private long countOverdue() {
        return em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.escalatedAt IS NOT NULL AND r.status IN :running",
                Long.class).setParameter("running", ReferralStatus.clockRunning()).getSingleResult();
    }
}
