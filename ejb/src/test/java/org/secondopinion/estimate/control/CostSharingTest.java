package org.secondopinion.estimate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.estimate.control.BillingFixtures.COPAY_40;
import static org.secondopinion.estimate.control.BillingFixtures.PLAN_YEAR_START;
import static org.secondopinion.estimate.control.BillingFixtures.TWENTY_FORTY;
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

/**
 * Step 4 on one covered in-network line, worked by hand. Every case uses Acme PPO (deductible 1,500.00 /
 * 3,000.00, out-of-pocket maximum 6,000.00 / 12,000.00) with the category rule given, and a negotiated dollar
 * amount as the allowed amount.
 */
class CostSharingTest {

    private static final CategoryRule COPAY_40_DEDUCTIBLE_FIRST = CategoryRule.coinsurance(BigDecimal.ZERO, BigDecimal.ZERO)
            .withCopay(usd("40.00")).withDeductibleBeforeCopay();
    private static final CategoryRule COPAY_40_THEN_DEDUCTIBLE_AND_20 = TWENTY_FORTY.withCopay(usd("40.00"));

    record Case(String name, CategoryRule rule, CoverageKind kind, Accumulators met, String allowed, String copay,
                String deductible, String coinsurance, String owes, String planPays, Accumulators after) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // deductible left 1,500 − 1,200 = 300; deductible 300; coinsurance (750 − 300) × 20% = 90;
                // owes 300 + 90 = 390; plan 750 − 390 = 360; met 1,200 + 300 = 1,500 and 1,200 + 390 = 1,590
                new Case("deductible partly met", TWENTY_FORTY, CoverageKind.SELF_ONLY,
                        met("1200.00", "0.00", "1200.00", "0.00"), "750.00",
                        "0.00", "300.00", "90.00", "390.00", "360.00",
                        met("1500.00", "0.00", "1590.00", "0.00")),
                // deductible left 1,500 > 250: all 250 goes to the deductible, nothing left for coinsurance
                new Case("allowed below the deductible left", TWENTY_FORTY, CoverageKind.SELF_ONLY,
                        met("0.00", "0.00", "0.00", "0.00"), "250.00",
                        "0.00", "250.00", "0.00", "250.00", "0.00",
                        met("250.00", "0.00", "250.00", "0.00")),
                // deductible met: coinsurance 750 × 20% = 150; plan 600
                new Case("deductible met", TWENTY_FORTY, CoverageKind.SELF_ONLY,
                        met("1500.00", "0.00", "1500.00", "0.00"), "750.00",
                        "0.00", "0.00", "150.00", "150.00", "600.00",
                        met("1500.00", "0.00", "1650.00", "0.00")),
                // embedded: min(individual 1,500 − 1,400 = 100, family 3,000 − 2,000 = 1,000) = 100;
                // coinsurance (750 − 100) × 20% = 130; owes 230; plan 520
                new Case("family embedded, the individual deductible nearly met", TWENTY_FORTY,
                        CoverageKind.FAMILY_EMBEDDED, met("1400.00", "2000.00", "1400.00", "2000.00"), "750.00",
                        "0.00", "100.00", "130.00", "230.00", "520.00",
                        met("1500.00", "2100.00", "1630.00", "2230.00")),
                // embedded: min(individual 1,500 − 200 = 1,300, family 3,000 − 2,900 = 100) = 100; as above 230
                new Case("family embedded, the family deductible nearly met", TWENTY_FORTY,
                        CoverageKind.FAMILY_EMBEDDED, met("200.00", "2900.00", "200.00", "2900.00"), "750.00",
                        "0.00", "100.00", "130.00", "230.00", "520.00",
                        met("300.00", "3000.00", "430.00", "3130.00")),
                // aggregate: the family's 3,000 − 2,000 = 1,000 left, whatever the individual met;
                // deductible min(750, 1,000) = 750; no coinsurance; owes 750; plan 0
                new Case("family aggregate, the individual figure does not count", TWENTY_FORTY,
                        CoverageKind.FAMILY_AGGREGATE, met("1400.00", "2000.00", "1400.00", "2000.00"), "750.00",
                        "0.00", "750.00", "0.00", "750.00", "0.00",
                        met("2150.00", "2750.00", "2150.00", "2750.00")),
                // copay 40 with no deductible and 0% coinsurance; plan 180 − 40 = 140; deductible met unchanged
                new Case("copay without the deductible", COPAY_40, CoverageKind.SELF_ONLY,
                        met("0.00", "0.00", "0.00", "0.00"), "180.00",
                        "40.00", "0.00", "0.00", "40.00", "140.00",
                        met("0.00", "0.00", "40.00", "0.00")),
                // copay after the deductible, 300 of it left: no copay; deductible min(180, 300) = 180; owes 180
                new Case("copay before the deductible is met (deductible first)", COPAY_40_DEDUCTIBLE_FIRST,
                        CoverageKind.SELF_ONLY, met("1200.00", "0.00", "1200.00", "0.00"), "180.00",
                        "0.00", "180.00", "0.00", "180.00", "0.00",
                        met("1380.00", "0.00", "1380.00", "0.00")),
                // the same once the deductible is met: copay 40; plan 140
                new Case("copay after the deductible is met (deductible first)", COPAY_40_DEDUCTIBLE_FIRST,
                        CoverageKind.SELF_ONLY, met("1500.00", "0.00", "1500.00", "0.00"), "180.00",
                        "40.00", "0.00", "0.00", "40.00", "140.00",
                        met("1500.00", "0.00", "1540.00", "0.00")),
                // copay first, not counting: copay 40; deductible min(750 − 40 = 710, 300) = 300;
                // coinsurance (750 − 40 − 300) × 20% = 82; owes 422; plan 328
                new Case("copay, then deductible and coinsurance", COPAY_40_THEN_DEDUCTIBLE_AND_20,
                        CoverageKind.SELF_ONLY, met("1200.00", "0.00", "1200.00", "0.00"), "750.00",
                        "40.00", "300.00", "82.00", "422.00", "328.00",
                        met("1500.00", "0.00", "1622.00", "0.00")),
                // copay counts toward the deductible: 300 − 40 = 260 left; deductible min(710, 260) = 260;
                // coinsurance (750 − 40 − 260) × 20% = 90; owes 390; plan 360; deductible met 1,200 + 40 + 260
                new Case("copay counting toward the deductible",
                        COPAY_40_THEN_DEDUCTIBLE_AND_20.withCopayCountingTowardDeductible(), CoverageKind.SELF_ONLY,
                        met("1200.00", "0.00", "1200.00", "0.00"), "750.00",
                        "40.00", "260.00", "90.00", "390.00", "360.00",
                        met("1500.00", "0.00", "1590.00", "0.00")),
                // copay = min(40, allowed 30) = 30; plan 0
                new Case("copay above the allowed amount", COPAY_40, CoverageKind.SELF_ONLY,
                        met("0.00", "0.00", "0.00", "0.00"), "30.00",
                        "30.00", "0.00", "0.00", "30.00", "0.00",
                        met("0.00", "0.00", "30.00", "0.00")),
                // out-of-pocket left 6,000 − 5,900 = 100; coinsurance 750 × 20% = 150 capped at 100; plan 650
                new Case("out-of-pocket maximum reached on the line", TWENTY_FORTY, CoverageKind.SELF_ONLY,
                        met("1500.00", "0.00", "5900.00", "0.00"), "750.00",
                        "0.00", "0.00", "100.00", "100.00", "650.00",
                        met("1500.00", "0.00", "6000.00", "0.00")),
                // family out-of-pocket left min(6,000 − 1,000, 12,000 − 11,950 = 50) = 50; 150 capped at 50
                new Case("family out-of-pocket maximum reached first", TWENTY_FORTY, CoverageKind.FAMILY_EMBEDDED,
                        met("1500.00", "3000.00", "1000.00", "11950.00"), "750.00",
                        "0.00", "0.00", "50.00", "50.00", "700.00",
                        met("1500.00", "3000.00", "1050.00", "12000.00")),
                // maximum met: the plan pays the whole 750
                new Case("out-of-pocket maximum already met", TWENTY_FORTY, CoverageKind.SELF_ONLY,
                        met("1500.00", "0.00", "6000.00", "0.00"), "750.00",
                        "0.00", "0.00", "0.00", "0.00", "750.00",
                        met("1500.00", "0.00", "6000.00", "0.00")),
                // maximum met and the copay stops too: plan 180
                new Case("copay stops once the maximum is met", COPAY_40, CoverageKind.SELF_ONLY,
                        met("1500.00", "0.00", "6000.00", "0.00"), "180.00",
                        "0.00", "0.00", "0.00", "0.00", "180.00",
                        met("1500.00", "0.00", "6000.00", "0.00")),
                // maximum met but the plan keeps charging the copay: 40; plan 140; nothing more counted
                new Case("copay continues after the maximum is met", COPAY_40.withCopayAfterOutOfPocketMax(),
                        CoverageKind.SELF_ONLY, met("1500.00", "0.00", "6000.00", "0.00"), "180.00",
                        "40.00", "0.00", "0.00", "40.00", "140.00",
                        met("1500.00", "0.00", "6000.00", "0.00")),
                // 30 left of the maximum: the copay 40 is capped at 30 ...
                new Case("copay capped by the maximum left", COPAY_40, CoverageKind.SELF_ONLY,
                        met("1500.00", "0.00", "5970.00", "0.00"), "180.00",
                        "30.00", "0.00", "0.00", "30.00", "150.00",
                        met("1500.00", "0.00", "6000.00", "0.00")),
                // ... unless the plan keeps charging it: 40, of which 30 reaches the maximum
                new Case("copay kept whole when the plan keeps charging it", COPAY_40.withCopayAfterOutOfPocketMax(),
                        CoverageKind.SELF_ONLY, met("1500.00", "0.00", "5970.00", "0.00"), "180.00",
                        "40.00", "0.00", "0.00", "40.00", "140.00",
                        met("1500.00", "0.00", "6000.00", "0.00")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sharesTheCostOfOneLine(Case c) {
        BenefitDesign plan = acmePpo().category(ServiceCategory.OTHER, c.rule()).build();
        Coverage coverage = Coverage.insured(plan, c.kind(), PLAN_YEAR_START, c.met());
        ServiceLine service = line(ServiceCategory.OTHER, negotiated(c.allowed())).build();

        Estimate estimate = new EstimateCalculator().estimate(coverage, List.of(service));

        LineResult result = estimate.lines().get(0);
        assertThat(result.covered()).isTrue();
        assertThat(result.allowed()).isEqualTo(usd(c.allowed()));
        assertThat(result.copay()).as("copay").isEqualTo(usd(c.copay()));
        assertThat(result.deductible()).as("deductible").isEqualTo(usd(c.deductible()));
        assertThat(result.coinsurance()).as("coinsurance").isEqualTo(usd(c.coinsurance()));
        assertThat(result.patientOwes()).as("patient owes").isEqualTo(usd(c.owes()));
        assertThat(result.planPays()).as("plan pays").isEqualTo(usd(c.planPays()));
        assertThat(result.costShare().add(result.planPays())).isEqualTo(result.allowed());
        assertThat(estimate.metAfter()).as("amounts met after").isEqualTo(c.after());
    }
}
