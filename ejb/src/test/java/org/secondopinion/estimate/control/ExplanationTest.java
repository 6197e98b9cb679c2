package org.secondopinion.estimate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.estimate.control.BillingFixtures.COPAY_40;
import static org.secondopinion.estimate.control.BillingFixtures.PLAN_YEAR_START;
import static org.secondopinion.estimate.control.BillingFixtures.acmePpo;
import static org.secondopinion.estimate.control.BillingFixtures.line;
import static org.secondopinion.estimate.control.BillingFixtures.met;
import static org.secondopinion.estimate.control.BillingFixtures.negotiated;
import static org.secondopinion.estimate.control.BillingFixtures.usd;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.entity.Methodology;
import org.secondopinion.feeschedule.entity.PriceFacts;
import org.secondopinion.platform.control.Money;

/** Every rule the calculator applies to a line is named in the line's explanation, with the numbers used. */
class ExplanationTest {

    record Case(String rule, BenefitDesign plan, CoverageKind kind, Accumulators met, ServiceLine line,
                String explained) {

        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Case> cases() {
        BenefitDesign ppo = acmePpo().build();
        Accumulators nothing = Accumulators.NONE;
        Accumulators deductibleMet = met("1500.00", "0.00", "1500.00", "0.00");
        return Stream.of(
                new Case("self-only deductible", ppo, CoverageKind.SELF_ONLY, met("1200.00", "0.00", "1200.00", "0.00"),
                        line(ServiceCategory.IMAGING, negotiated("750.00")).build(),
                        "deductible left = individual 1,500.00 − met 1,200.00 = 300.00"),
                // 300 of the deductible, then (750 − 300) × 20% = 90
                new Case("deductible then coinsurance", ppo, CoverageKind.SELF_ONLY,
                        met("1200.00", "0.00", "1200.00", "0.00"),
                        line(ServiceCategory.IMAGING, negotiated("750.00")).build(),
                        "coinsurance = (allowed 750.00 − deductible 300.00) × 20% = 90.00"),
                new Case("no coinsurance once the deductible takes it all", ppo, CoverageKind.SELF_ONLY, nothing,
                        line(ServiceCategory.IMAGING, negotiated("750.00")).build(),
                        "no coinsurance: nothing is left after the copay and deductible"),
                new Case("family out-of-pocket", ppo, CoverageKind.FAMILY_EMBEDDED,
                        met("1500.00", "3000.00", "2000.00", "5000.00"),
                        line(ServiceCategory.IMAGING, negotiated("750.00")).build(),
                        "out-of-pocket left = min(individual 6,000.00 − 2,000.00, family 12,000.00 − 5,000.00) = 4,000.00"),
                new Case("deductible does not apply", acmePpo().category(ServiceCategory.OFFICE_VISIT, COPAY_40).build(),
                        CoverageKind.SELF_ONLY, nothing, line(ServiceCategory.OFFICE_VISIT, negotiated("180.00")).build(),
                        "the deductible does not apply to office visit"),
                // copay 40 counts: 300 − 40 = 260 left
                new Case("copay counts toward the deductible", acmePpo().category(ServiceCategory.OFFICE_VISIT,
                        BillingFixtures.TWENTY_FORTY.withCopay(usd("40.00")).withCopayCountingTowardDeductible())
                        .build(), CoverageKind.SELF_ONLY, met("1200.00", "0.00", "1200.00", "0.00"),
                        line(ServiceCategory.OFFICE_VISIT, negotiated("180.00")).build(),
                        "the copay counts toward the deductible: 300.00 − 40.00 = 260.00 left"),
                new Case("copay above the allowed amount", acmePpo().category(ServiceCategory.OFFICE_VISIT, COPAY_40)
                        .build(), CoverageKind.SELF_ONLY, nothing,
                        line(ServiceCategory.OFFICE_VISIT, negotiated("30.00")).build(),
                        "copay = min(copay 40.00, allowed 30.00) = 30.00"),
                new Case("copay continues after the maximum", acmePpo().category(ServiceCategory.OFFICE_VISIT,
                        COPAY_40.withCopayAfterOutOfPocketMax()).build(), CoverageKind.SELF_ONLY,
                        met("1500.00", "0.00", "6000.00", "0.00"),
                        line(ServiceCategory.OFFICE_VISIT, negotiated("180.00")).build(),
                        "out-of-pocket maximum already met, but the plan still charges the copay 40.00"),
                new Case("not covered", acmePpo().category(ServiceCategory.MONITORING, CategoryRule.NOT_COVERED).build(),
                        CoverageKind.SELF_ONLY, deductibleMet,
                        line(ServiceCategory.MONITORING, negotiated("90.00").withDiscountedCash(usd("70.00"))).build(),
                        "not covered: Acme PPO does not cover monitoring; the patient owes the self-pay price, which"
                                + " counts toward neither the deductible nor the out-of-pocket maximum"),
                // 1,500 × 20% = 300; plan 1,200
                new Case("the plan's payment", ppo, CoverageKind.SELF_ONLY, deductibleMet,
                        line(ServiceCategory.SURGERY, negotiated("1500.00")).build(),
                        "patient owes 300.00; plan pays 1,500.00 − 300.00 = 1,200.00"),
                new Case("full precision until the one rounding", ppo, CoverageKind.SELF_ONLY, nothing,
                        line(ServiceCategory.IMAGING, PriceFacts.NONE.withGrossCharge(usd("161.00"))
                                .withNegotiatedPercentage(usd("62.5"))
                                .withMethodology(Methodology.PERCENT_OF_TOTAL_BILLED_CHARGES)).build(),
                        "deductible = min(allowed 100.625, 1,500.00 left) = 100.63"),
                new Case("out-of-network coinsurance rate", ppo, CoverageKind.SELF_ONLY,
                        deductibleMet, line(ServiceCategory.IMAGING, PriceFacts.NONE.withOutOfNetworkAllowed(
                                usd("500.00"))).outOfNetwork().build(),
                        "coinsurance = allowed 500.00 × 40% = 200.00"),
                new Case("balance bill not estimated without a charge", ppo, CoverageKind.SELF_ONLY, deductibleMet,
                        line(ServiceCategory.IMAGING, PriceFacts.NONE.withOutOfNetworkAllowed(usd("500.00")))
                                .outOfNetwork().build(),
                        "balance bill not estimated: no gross charge known"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesTheRuleApplied(Case c) {
        Coverage coverage = Coverage.insured(c.plan(), c.kind(), PLAN_YEAR_START, c.met());

        List<String> explanation = new EstimateCalculator().estimate(coverage, List.of(c.line())).lines().get(0)
                .explanation();

        assertThat(explanation).contains(c.explained());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsWithWhatThePatientOwes(Case c) {
        Coverage coverage = Coverage.insured(c.plan(), c.kind(), PLAN_YEAR_START, c.met());

        LineResult result = new EstimateCalculator().estimate(coverage, List.of(c.line())).lines().get(0);

        assertThat(result.explanation().get(result.explanation().size() - 1))
                .startsWith("patient owes")
                .contains(Money.format(result.patientOwes()));
        assertThat(result.patientOwes()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }
}
