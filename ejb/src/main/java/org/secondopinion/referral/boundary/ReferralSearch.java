package org.secondopinion.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralStatus;
import org.secondopinion.referral.entity.RegisteredPatient;

/**
 * Referrals found by what another system knows of them (FHIR searches): by id, by patient, by state, by when they
 * last changed. The walls of the worklist apply: a coordinator finds any case, a specialist only the cases assigned
 * to them. Every search is audited as one read naming the cases it returned.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SPECIALIST})
public class ReferralSearch {

    /** The most cases one page of a search returns. */
    public static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    /**
     * What to look for; every criterion given narrows the search. {@code changedAfter}/{@code changedBefore} bound
     * the time of the case's last workflow step ({@code inclusive} bounds when the flags say so).
     */
    public record Criteria(Long referralId, Long patientId, Set<ReferralStatus> statuses, Instant changedAfter,
                           boolean afterInclusive, Instant changedBefore, boolean beforeInclusive,
                           boolean deliveredOnly) {

        public Criteria {
            statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        }

        public static Criteria any() {
            return new Criteria(null, null, Set.of(), null, false, null, false, false);
        }
    }

    /** One page of the cases found, oldest first; {@code count} is how many match in all. */
    public Page<Referral> find(@NotNull Criteria criteria, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new RuleViolation("_count", "A page holds 1 to " + MAX_PAGE + " results.");
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(criteria, parameters);
        if (where == null) {
            audit.record(AuditAction.READ, CaseAccess.RECORD_TYPE, null, "FHIR search: no cases returned");
            return new Page<>(List.of(), 0, false);
        }
        TypedQuery<Referral> rows = em.createQuery("SELECT r FROM Referral r" + where + " ORDER BY r.id",
                Referral.class).setFirstResult(first).setMaxResults(max);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM Referral r" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Referral> found = rows.getResultList();
        found.forEach(Referrals::loadParts);
        String ids = found.stream().map(Referral::reference).collect(Collectors.joining(", "));
        audit.record(AuditAction.READ, CaseAccess.RECORD_TYPE, found.size() == 1 ? found.get(0).getId() : null,
                "FHIR search: " + found.size() + " cases returned" + (found.isEmpty() ? "" : ": " + ids));
        return new Page<>(found, count.getSingleResult(), false);
    }

    /** The register's id of the patient with this number, if registered (an id only: not audited). */
    public Optional<Long> patientId(String mrn) {
        if (mrn == null || mrn.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(RegisteredPatient.FIND_BY_MRN, RegisteredPatient.class)
                .setParameter("mrn", mrn.trim()).getResultStream().findFirst().map(RegisteredPatient::getId);
    }

    /** The JPQL condition of the criteria and the caller's wall; null when the caller may see no case at all. */
    private String where(Criteria criteria, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Set<ReferralStatus> statuses = criteria.statuses().isEmpty() ? EnumSet.allOf(ReferralStatus.class)
                : EnumSet.copyOf(criteria.statuses());
        if (!access.callerIsCoordinator()) {
            Optional<Practitioner> me = access.callerAsPractitioner();
            statuses.retainAll(ReferralStatus.assignedToSpecialist());
            if (me.isEmpty() || statuses.isEmpty()) {
                return null;
            }
            where.append(" AND r.specialist.id = :specialist");
            parameters.put("specialist", me.get().getId());
        }
        if (statuses.size() < ReferralStatus.values().length) {
            where.append(" AND r.status IN :statuses");
            parameters.put("statuses", statuses);
        }
        if (criteria.referralId() != null) {
            where.append(" AND r.id = :id");
            parameters.put("id", criteria.referralId());
        }
        if (criteria.patientId() != null) {
            where.append(" AND r.patientMrn = (SELECT p.mrn FROM RegisteredPatient p WHERE p.id = :patient)");
            parameters.put("patient", criteria.patientId());
        }
        if (criteria.deliveredOnly()) {
            where.append(" AND r.deliveredAt IS NOT NULL");
        }
        // the last step's time against a bound, as EXISTS over the steps: the database compares each step's time
        // with the bound (a MAX subquery compared with a parameter was sent unbound, and refused, by EclipseLink)
        if (criteria.changedAfter() != null) {
            where.append(" AND EXISTS (SELECT s FROM ReferralStep s WHERE s.referral = r AND s.occurredAt")
                    .append(criteria.afterInclusive() ? " >= " : " > ").append(":after)");
            parameters.put("after", criteria.changedAfter());
        }
        if (criteria.changedBefore() != null) {
            where.append(" AND NOT EXISTS (SELECT s FROM ReferralStep s WHERE s.referral = r AND s.occurredAt")
                    .append(criteria.beforeInclusive() ? " > " : " >= ").append(":before)");
            parameters.put("before", criteria.changedBefore());
        }
        return where.toString();
    }
}
