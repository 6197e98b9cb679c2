package org.secondopinion.estimate.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.secondopinion.estimate.entity.CoverageTier;
import org.secondopinion.estimate.entity.FamilyDeductible;
import org.secondopinion.estimate.entity.PatientCoverage;

/**
 * The patient's coverage: the plan, whom it takes in, the first day of the current plan year and the amounts
 * met since then. Later plan years start from nothing met, on the same day of the year.
 */
public record Coverage(CoverageKind kind, BenefitDesign plan, LocalDate planYearStart, Accumulators met) {

    private static final Coverage SELF_PAY = new Coverage(CoverageKind.SELF_PAY, null, null, Accumulators.NONE);

    public Coverage {
        if (kind == null) {
            throw new IllegalArgumentException("The coverage kind is required.");
        }
        if (kind != CoverageKind.SELF_PAY) {
            if (plan == null || planYearStart == null || met == null) {
                throw new IllegalArgumentException("Insured coverage needs the plan, the plan year start and the amounts met.");
            }
            if (kind != CoverageKind.SELF_ONLY && plan.familyDeductible() == null) {
                throw new IllegalArgumentException("Family coverage needs a plan with a family deductible: " + plan.name());
            }
        } else if (met == null) {
            met = Accumulators.NONE;
        }
    }

    /** Uninsured or choosing to pay themselves: the Good Faith Estimate's discounted cash prices. */
    public static Coverage selfPay() {
        return SELF_PAY;
    }

    public static Coverage insured(BenefitDesign plan, CoverageKind kind, LocalDate planYearStart, Accumulators met) {
        return new Coverage(kind, plan, planYearStart, met);
    }

    public boolean isSelfPay() {
        return kind == CoverageKind.SELF_PAY;
    }

    public boolean isFamily() {
        return kind == CoverageKind.FAMILY_EMBEDDED || kind == CoverageKind.FAMILY_AGGREGATE;
    }

    /** The calculator's coverage of a patient's stored coverage, with Part B's deductible from configuration. */
    public static Coverage of(PatientCoverage coverage, BigDecimal partBDeductible) {
        CoverageKind kind;
        if (coverage.getTier() == CoverageTier.SELF_ONLY || coverage.getPlan().isMedicare()
                || coverage.getPlan().getFamilyDeductible() == null) {
            kind = CoverageKind.SELF_ONLY;
        } else {
            kind = coverage.getPlan().getFamilyDeductibleKind() == FamilyDeductible.AGGREGATE
                    ? CoverageKind.FAMILY_AGGREGATE : CoverageKind.FAMILY_EMBEDDED;
        }
        return insured(BenefitDesign.of(coverage.getPlan(), partBDeductible), kind, coverage.getPlanYearStart(),
                new Accumulators(coverage.getIndividualDeductibleMet(), coverage.getFamilyDeductibleMet(),
                        coverage.getIndividualOutOfPocketMet(), coverage.getFamilyOutOfPocketMet()));
    }
}
