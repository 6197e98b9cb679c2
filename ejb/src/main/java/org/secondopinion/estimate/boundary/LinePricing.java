package org.secondopinion.estimate.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.EstimateLine;
import org.secondopinion.feeschedule.boundary.FeeSchedules;
import org.secondopinion.feeschedule.boundary.PriceLookup;
import org.secondopinion.feeschedule.entity.PriceFacts;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * Adds a priced line to a draft, inside the caller's transaction: for {@link EstimateLines#addLine} and for the
 * consultation {@link Estimates#fromReferral} starts with (one user action, so not a second EJB call). Not an EJB.
 */
final class LinePricing {

    private final EntityManager em;
    private final FeeSchedules feeSchedules;
    private final HealthPlans plans;
    private final Clock clock;
    private final AuditLog audit;

    LinePricing(EntityManager em, FeeSchedules feeSchedules, HealthPlans plans, Clock clock, AuditLog audit) {
        this.em = em;
        this.feeSchedules = feeSchedules;
        this.plans = plans;
        this.clock = clock;
        this.audit = audit;
    }

    /** Adds a line priced from the estimate's fee schedule, then recalculates the whole estimate. */
    CostEstimate addLine(long id, LineForm form) {
        CostEstimate estimate = EstimateDrafts.draft(em, id, form.getVersion());
        String option = form.isWorkup() ? CostEstimate.WORKUP : form.getOption() == null ? "" : form.getOption().strip();
        if (option.isEmpty()) {
            throw new RuleViolation("option", "Name the treatment option (for example Surgery), or mark the line as"
                    + " part of the second-opinion workup.");
        }
        if (!form.isWorkup() && option.equalsIgnoreCase(CostEstimate.WORKUP)) {
            throw new RuleViolation("option", "Mark workup lines as workup rather than naming the option.");
        }
        String code = form.getCode().strip();
        String payer = estimate.isSelfPay() ? null : estimate.getCoverage().getPlan().getPayerName();
        String plan = estimate.isSelfPay() ? null : estimate.getCoverage().getPlan().getPlanName();
        PriceLookup.Found found = feeSchedules.price(estimate.getFeeSchedule(), code, form.getModifiers(), payer,
                plan);
        int units = found.unitsPriced(form.getUnits());
        String source = found.explanation(form.getUnits());
        PriceFacts prices = found.prices();
        if (form.getOutOfNetworkAllowed() != null) {
            prices = prices.withOutOfNetworkAllowed(form.getOutOfNetworkAllowed());
        }
        String description = found.description()
                + (EstimateDrafts.blank(form.getModifiers()) || !found.modifiersLeft().isEmpty() ? ""
                : " (modifier " + String.join(",", PriceLookup.modifierSet(form.getModifiers())) + ")");
        EstimateLine line = new EstimateLine(option, form.isWorkup(), form.provider(),
                form.getCategory(), code, found.codeType(), cut(description, 400),
                Estimates.normaliseCodes(EstimateDrafts.blank(form.getDiagnosisCodes()) ? estimate.getDiagnosisCodes()
                        : form.getDiagnosisCodes()),
                form.getServiceDate(), units, emptyToNull(found.modifiersLeft()), form.getNetwork(),
                form.isMultipleProcedure(), form.getPurpose());
        line.priced(prices, source);
        line.circumstances(form.isEmergency(), form.isAncillaryAtInNetworkFacility(), form.getFacilityNetwork());
        estimate.add(line);
        EstimateDrafts.recalculate(estimate, plans, clock);
        EstimateDrafts.touch(em, estimate);
        audit.record(AuditAction.UPDATE, EstimateDrafts.RECORD_TYPE, id, "added to " + estimate.reference() + " under " + option
                + ": " + code + " by " + line.getProviderName() + " on " + line.getServiceDate() + " ×"
                + line.getUnits() + ", patient owes " + line.getPatientOwes() + " (" + source + ")");
        return estimate;
    }

    private static String emptyToNull(String text) {
        return EstimateDrafts.blank(text) ? null : text.strip();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
