package org.secondopinion.estimate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.estimate.control.BillingFixtures.MARCH_2;
import static org.secondopinion.estimate.control.BillingFixtures.acmePpo;
import static org.secondopinion.estimate.control.BillingFixtures.deductibleMet;
import static org.secondopinion.estimate.control.BillingFixtures.negotiated;
import static org.secondopinion.estimate.control.BillingFixtures.selfOnly;
import static org.secondopinion.estimate.control.BillingFixtures.usd;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.estimate.entity.OpinionPurpose;
import org.secondopinion.estimate.entity.SecondOpinionRule;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.entity.PriceFacts;

/**
 * Whether a second opinion is covered: commercial plans that do not cover a routine one, and Original Medicare
 * Part B (deductible, then 20%, no out-of-pocket cap). The Part B deductible is configuration; 283.00 here.
 */
class SecondOpinionCoverageTest {

    private static final BenefitDesign MEDICARE = BenefitDesign.originalMedicarePartB(usd("283.00"));

    private final EstimateCalculator calculator = new EstimateCalculator();

    @Test
    void chargesTheSelfPayPriceForASecondOpinionThePlanDoesNotCover() {
        BenefitDesign plan = acmePpo().secondOpinion(SecondOpinionRule.NOT_COVERED).build();
        Coverage coverage = selfOnly(plan, "1200.00", "1200.00");

        Estimate estimate = calculator.estimate(coverage, List.of(secondOpinion(OpinionPurpose.ROUTINE,
                negotiated("250.00").withDiscountedCash(usd("180.00")).withGrossCharge(usd("300.00")))));

        // not covered: the discounted cash price 180 (not the negotiated 250), nothing toward deductible or maximum
        LineResult result = estimate.lines().get(0);
        assertThat(result.covered()).isFalse();
        assertThat(result.basis()).isEqualTo(PriceBasis.DISCOUNTED_CASH);
        assertThat(result.patientOwes()).isEqualTo(usd("180.00"));
        assertThat(result.planPays()).isEqualTo(usd("0.00"));
        assertThat(result.deductible()).isEqualTo(usd("0.00"));
        assertThat(estimate.metAfter()).isEqualTo(coverage.met());
        assertThat(result.explanation()).contains(
                "not covered: Acme PPO does not cover a routine second opinion; the patient owes the self-pay price,"
                        + " which counts toward neither the deductible nor the out-of-pocket maximum",
                "self-pay price = discounted cash price 180.00",
                "patient owes 180.00");
    }

    @Test
    void chargesTheGrossChargeForANotCoveredServiceWithoutACashPrice() {
        BenefitDesign plan = acmePpo().category(ServiceCategory.RECORD_REVIEW, CategoryRule.NOT_COVERED).build();

        LineResult result = calculator.estimate(deductibleMet(plan), List.of(BillingFixtures
                .line(ServiceCategory.RECORD_REVIEW, negotiated("90.00").withGrossCharge(usd("150.00"))).build()))
                .lines().get(0);

        // not covered, no discounted cash price: the gross charge 150
        assertThat(result.patientOwes()).isEqualTo(usd("150.00"));
        assertThat(result.basis()).isEqualTo(PriceBasis.GROSS_CHARGE);
        assertThat(result.explanation()).contains("self-pay price = gross charge 150.00 (no discounted cash price)");
        assertThat(String.join("\n", result.explanation())).contains("Acme PPO does not cover record review");
    }

    @Test
    void coversAMedicareSecondOpinionBeforeSurgeryAfterThePartBDeductible() {
        Coverage coverage = selfOnly(MEDICARE, "0.00", "0.00");
        ServiceLine imaging = BillingFixtures.line(ServiceCategory.IMAGING, negotiated("150.00"))
                .provider("Dr. Okafor").option("Second-opinion workup").build();
        ServiceLine opinion = secondOpinion(OpinionPurpose.BEFORE_NON_EMERGENCY_SURGERY, negotiated("200.00"));

        Estimate estimate = calculator.estimate(coverage, List.of(imaging, opinion));

        // the higher allowed first: opinion 200, all of it to the Part B deductible (283 left) → 200;
        // imaging 150: deductible 283 − 200 = 83, coinsurance (150 − 83) × 20% = 13.40 → 96.40, plan 53.60
        assertThat(estimate.lines()).extracting(LineResult::line).containsExactly(opinion, imaging);
        LineResult first = estimate.lines().get(0);
        LineResult second = estimate.lines().get(1);
        assertThat(first.covered()).isTrue();
        assertThat(first.deductible()).isEqualTo(usd("200.00"));
        assertThat(first.patientOwes()).isEqualTo(usd("200.00"));
        assertThat(second.deductible()).isEqualTo(usd("83.00"));
        assertThat(second.coinsurance()).isEqualTo(usd("13.40"));
        assertThat(second.patientOwes()).isEqualTo(usd("96.40"));
        assertThat(second.planPays()).isEqualTo(usd("53.60"));
        assertThat(estimate.total().patientOwes()).isEqualTo(usd("296.40"));
        assertThat(estimate.metAfter().individualDeductibleMet()).isEqualTo(usd("283.00"));
        assertThat(first.explanation()).contains(
                "Medicare Part B covers a second opinion before medically necessary non-emergency surgery",
                "deductible left = individual 283.00 − met 0.00 = 283.00",
                "no out-of-pocket maximum on Original Medicare Part B");
    }

    @Test
    void coversAMedicareThirdOpinionWhenTheFirstTwoDiffer() {
        Coverage coverage = selfOnly(MEDICARE, "283.00", "500.00");

        LineResult result = calculator.estimate(coverage, List.of(secondOpinion(
                OpinionPurpose.THIRD_AFTER_DIFFERING_OPINIONS, negotiated("180.00")))).lines().get(0);

        // deductible met: 180 × 20% = 36
        assertThat(result.covered()).isTrue();
        assertThat(result.patientOwes()).isEqualTo(usd("36.00"));
        assertThat(result.explanation()).contains("Medicare Part B covers a third opinion when the first two differ");
    }

    @Test
    void leavesARoutineSecondOpinionUncoveredUnderMedicare() {
        Coverage coverage = selfOnly(MEDICARE, "0.00", "0.00");

        Estimate estimate = calculator.estimate(coverage, List.of(secondOpinion(OpinionPurpose.ROUTINE,
                negotiated("200.00").withDiscountedCash(usd("150.00")))));

        // not covered: the cash price 150; the Part B deductible stays unmet
        LineResult result = estimate.lines().get(0);
        assertThat(result.covered()).isFalse();
        assertThat(result.patientOwes()).isEqualTo(usd("150.00"));
        assertThat(estimate.metAfter()).isEqualTo(Accumulators.NONE);
        assertThat(String.join("\n", result.explanation())).contains(
                "Medicare Part B covers a second opinion only before medically necessary non-emergency surgery,"
                        + " or a third when the first two differ");
    }

    @Test
    void capsNothingUnderOriginalMedicare() {
        Coverage coverage = selfOnly(MEDICARE, "283.00", "9000.00");

        LineResult result = calculator.estimate(coverage, List.of(BillingFixtures
                .line(ServiceCategory.SURGERY, negotiated("50000.00")).build())).lines().get(0);

        // no out-of-pocket maximum: 50,000 × 20% = 10,000 in full; plan 40,000
        assertThat(result.patientOwes()).isEqualTo(usd("10000.00"));
        assertThat(result.planPays()).isEqualTo(usd("40000.00"));
    }

    @Test
    void appliesTheCommercialRuleToACoveredSecondOpinion() {
        CategoryRule copay60 = CategoryRule.coinsurance(java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO)
                .withCopay(usd("60.00")).withoutDeductible();
        BenefitDesign plan = acmePpo().category(ServiceCategory.SECOND_OPINION, copay60).build();

        LineResult result = calculator.estimate(selfOnly(plan, "0.00", "0.00"),
                List.of(secondOpinion(OpinionPurpose.ROUTINE, negotiated("220.00")))).lines().get(0);

        // covered: copay 60, no deductible; plan 220 − 60 = 160
        assertThat(result.patientOwes()).isEqualTo(usd("60.00"));
        assertThat(result.planPays()).isEqualTo(usd("160.00"));
        assertThat(result.explanation()).contains("the deductible does not apply to second opinion", "copay 60.00");
    }

    private static ServiceLine secondOpinion(OpinionPurpose purpose, PriceFacts prices) {
        return ServiceLine.builder()
                .provider("Dr. Okafor")
                .option("Second-opinion workup")
                .category(ServiceCategory.SECOND_OPINION)
                .code("99204", "CPT")
                .description("New-patient visit, 45 minutes")
                .on(MARCH_2)
                .purpose(purpose)
                .prices(prices)
                .build();
    }
}
