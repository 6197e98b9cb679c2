package org.secondopinion.estimate.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.estimate.control.BillDispute;
import org.secondopinion.estimate.control.EstimateAccuracy;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.EstimateLine;
import org.secondopinion.estimate.entity.FinalBill;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * Final bills and accuracy (BILLING): a provider's final bill entered against an issued estimate and set beside
 * what the estimate said for that provider (self-pay: the $400 dispute right), and the department's accuracy over
 * a period (BILLING and ADMIN).
 */
@Stateless
@RolesAllowed(Role.Names.BILLING)
public class FinalBills {

    private static final String RECORD_TYPE = EstimateDrafts.RECORD_TYPE;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    /** Enters a provider's final bill against an issued version. */
    public FinalBill recordFinalBill(long id, @NotNull @Valid FinalBillForm form) {
        CostEstimate estimate = EstimateDrafts.find(em, id);
        FinalBill bill = estimate.billed(form.getProviderName(), EstimateDrafts.blank(form.getOptionName()) ? null
                : form.getOptionName(), form.getBillDate(), form.getBilledAmount(), caller(), Instant.now(clock));
        em.flush();
        BillComparison comparison = BillComparison.of(estimate, bill);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "final bill from " + bill.getProviderName() + " of "
                + bill.getBilledAmount() + " on " + bill.getBillDate() + " against " + estimate.reference() + ": "
                + comparison.summary());
        return bill;
    }

    /** Each final bill beside what the estimate said for that provider (and, self-pay, the dispute right). */
    public List<BillComparison> accuracy(long id) {
        CostEstimate estimate = EstimateDrafts.find(em, id);
        List<BillComparison> comparisons = new ArrayList<>();
        for (FinalBill bill : estimate.getFinalBills()) {
            comparisons.add(BillComparison.of(estimate, bill));
        }
        return comparisons;
    }

    /** The longest period the accuracy view answers for at once. */
    public static final int ACCURACY_MAX_YEARS = 5;

    /**
     * The department's accuracy: every final bill dated from {@code from} to {@code to} (both included) beside what
     * its estimate said for that provider, counted within $400 and within 10% of the bill, overall and by the
     * estimate's primary service (see {@link EstimateAccuracy}). Two queries whatever the number of bills (the bills,
     * and their estimates' lines summed in the database); no patient is named, but the read is audited like every
     * read of estimates.
     */
    @RolesAllowed({Role.Names.BILLING, Role.Names.ADMIN})
    public EstimateAccuracy.Summary accuracy(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new RuleViolation("from", "Give the first day of the period.");
        }
        if (to == null) {
            throw new RuleViolation("to", "Give the last day of the period.");
        }
        if (from.isAfter(to)) {
            throw new RuleViolation("to", "The last day (" + to + ") is before the first day (" + from + ").");
        }
        if (from.plusYears(ACCURACY_MAX_YEARS).isBefore(to)) {
            throw new RuleViolation("to", "A period is at most " + ACCURACY_MAX_YEARS + " years long.");
        }
        // two queries, not one per bill: the period's bills, then their estimates' patient shares summed in the
        // database per estimate, provider and option (EclipseLink cannot put the bill in a LEFT JOIN ... ON)
        List<Object[]> bills = em.createQuery("SELECT e.id, e.primaryService, b.providerName, b.optionName,"
                        + " b.billedAmount FROM FinalBill b JOIN b.estimate e"
                        + " WHERE b.billDate >= :from AND b.billDate <= :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<Long, List<Object[]>> owed = new HashMap<>();
        if (!bills.isEmpty()) {
            for (Object[] row : em.createQuery("SELECT l.estimate.id, l.providerName, l.workup, l.optionName,"
                            + " SUM(l.patientOwes) FROM EstimateLine l WHERE l.estimate.id IN (SELECT b.estimate.id"
                            + " FROM FinalBill b WHERE b.billDate >= :from AND b.billDate <= :to)"
                            + " GROUP BY l.estimate.id, l.providerName, l.workup, l.optionName", Object[].class)
                    .setParameter("from", from).setParameter("to", to).getResultList()) {
                owed.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(row);
            }
        }
        List<EstimateAccuracy.Comparison> comparisons = new ArrayList<>(bills.size());
        for (Object[] bill : bills) {
            BigDecimal estimated = BigDecimal.ZERO.setScale(2);
            // as BillComparison: that provider's lines of the workup and of the option the bill is for
            for (Object[] group : owed.getOrDefault(((Number) bill[0]).longValue(), List.of())) {
                boolean inScope = Boolean.TRUE.equals(group[2]) || group[3].equals(bill[3]);
                if (inScope && group[1].equals(bill[2]) && group[4] != null) {
                    estimated = estimated.add((BigDecimal) group[4]);
                }
            }
            comparisons.add(new EstimateAccuracy.Comparison((String) bill[1], estimated, (BigDecimal) bill[4]));
        }
        EstimateAccuracy.Summary summary = EstimateAccuracy.of(from, to, comparisons);
        audit.record(AuditAction.READ, RECORD_TYPE, "*", "accuracy of estimates against final bills from " + from
                + " to " + to + ": " + summary.overall().compared() + " bills, " + summary.byService().size()
                + " services");
        return summary;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** A final bill beside the estimate for that provider. */
    public record BillComparison(FinalBill bill, BigDecimal estimated, BigDecimal difference,
                                 BillDispute dispute) implements Serializable {

        static BillComparison of(CostEstimate estimate, FinalBill bill) {
            BigDecimal estimated = BigDecimal.ZERO.setScale(2);
            for (EstimateLine line : estimate.getLines()) {
                boolean inScope = line.isWorkup() || line.getOptionName().equals(bill.getOptionName());
                if (inScope && line.getProviderName().equals(bill.getProviderName()) && line.getPatientOwes() != null) {
                    estimated = estimated.add(line.getPatientOwes());
                }
            }
            var dispute = estimate.isSelfPay() ? BillDispute.of(
                    bill.getProviderName(), estimated, bill.getBilledAmount(), bill.getBillDate()) : null;
            return new BillComparison(bill, estimated, bill.getBilledAmount().subtract(estimated), dispute);
        }

        public String summary() {
            return "estimated " + estimated + ", difference " + difference
                    + (dispute != null && dispute.eligible() ? "; the patient may dispute it" : "");
        }
    }
}
