package org.secondopinion.estimate.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.estimate.control.Coverage;
import org.secondopinion.estimate.control.EstimateCalculator;
import org.secondopinion.estimate.control.OptionComparison;
import org.secondopinion.estimate.control.ServiceLine;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.EstimateLine;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.StaleEdit;

/**
 * What the estimate boundaries share inside their callers' transactions: finding an estimate, a draft at the
 * version the page or client saw, moving its version, and recalculating it. Not an EJB: no transaction edge, no
 * role check of its own.
 */
final class EstimateDrafts {

    /** The audit log's record type of every estimate boundary. */
    static final String RECORD_TYPE = "CostEstimate";

    private static final EstimateCalculator CALCULATOR = new EstimateCalculator();

    private EstimateDrafts() {
    }

    static CostEstimate find(EntityManager em, long id) {
        CostEstimate estimate = em.find(CostEstimate.class, id);
        if (estimate == null) {
            throw new RecordNotFound("Estimate", id);
        }
        em.refresh(estimate);
        return estimate;
    }

    static CostEstimate draft(EntityManager em, long id, long version) {
        CostEstimate estimate = find(em, id);
        estimate.requireDraft();
        if (estimate.getVersion() != version) {
            throw new StaleEdit("Estimate", estimate.reference());
        }
        return estimate;
    }

    /** Every change to a draft moves its version, so a stale page or client is refused. */
    static void touch(EntityManager em, CostEstimate estimate) {
        em.lock(estimate, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    /** One calculator call for the workup, then one per treatment option; every line keeps its result. */
    static void recalculate(CostEstimate estimate, HealthPlans plans, Clock clock) {
        List<EstimateLine> lines = estimate.getLines();
        if (lines.isEmpty()) {
            return;
        }
        Coverage coverage = estimate.isSelfPay() ? Coverage.selfPay()
                : Coverage.of(estimate.getCoverage(), plans.partBDeductible(
                (estimate.getServiceDate() != null ? estimate.getServiceDate() : LocalDate.now(clock)).getYear()));
        List<ServiceLine> request = lines.stream().map(ServiceLine::of).toList();
        OptionComparison comparison;
        try {
            comparison = OptionComparison.compare(CALCULATOR, coverage, CostEstimate.WORKUP, request);
        } catch (IllegalArgumentException refused) {
            throw new RuleViolation("lines", refused.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            comparison.lines().get(i).keepIn(lines.get(i));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
