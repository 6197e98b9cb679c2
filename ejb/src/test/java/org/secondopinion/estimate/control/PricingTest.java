package org.secondopinion.estimate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secondopinion.estimate.control.BillingFixtures.acmePpo;
import static org.secondopinion.estimate.control.BillingFixtures.deductibleMet;
import static org.secondopinion.estimate.control.BillingFixtures.line;
import static org.secondopinion.estimate.control.BillingFixtures.negotiated;
import static org.secondopinion.estimate.control.BillingFixtures.usd;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.entity.Methodology;
import org.secondopinion.feeschedule.entity.PriceFacts;

/**
 * Steps 1 and 2 (price basis, units and modifiers), seen through one line on Acme PPO with the deductible met,
 * so the patient owes the 20% in-network coinsurance (40% out of network) of the allowed amount.
 */
class PricingTest {

    private final EstimateCalculator calculator = new EstimateCalculator();

    record Case(String name, ServiceLine.Builder line, PriceBasis basis, String allowed, String owes, String low,
                String high, String explained) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> priceBases() {
        return Stream.of(
                // 250 × 20% = 50
                new Case("negotiated dollar", line(ServiceCategory.IMAGING, negotiated("250.00")),
                        PriceBasis.NEGOTIATED_DOLLAR, "250.00", "50.00", "50.00", "50.00",
                        "allowed = negotiated dollar amount 250.00"),
                // 62.5% of 1,200 = 750; 750 × 20% = 150
                new Case("negotiated percentage of the gross charge", line(ServiceCategory.IMAGING,
                        PriceFacts.NONE.withGrossCharge(usd("1200.00")).withNegotiatedPercentage(usd("62.5"))
                                .withMethodology(Methodology.PERCENT_OF_TOTAL_BILLED_CHARGES)),
                        PriceBasis.NEGOTIATED_PERCENTAGE, "750.00", "150.00", "150.00", "150.00",
                        "allowed = negotiated 62.5% of gross 1,200.00 = 750.00"),
                // the dollar amount wins over the percentage: 250 × 20% = 50
                new Case("negotiated dollar before percentage", line(ServiceCategory.IMAGING,
                        negotiated("250.00").withGrossCharge(usd("1200.00")).withNegotiatedPercentage(usd("62.5"))),
                        PriceBasis.NEGOTIATED_DOLLAR, "250.00", "50.00", "50.00", "50.00",
                        "allowed = negotiated dollar amount 250.00"),
                // median 400 × 20% = 80; range 300 × 20% = 60 to 520 × 20% = 104
                new Case("algorithm: median with the 10th–90th percentile range", line(ServiceCategory.PATHOLOGY,
                        PriceFacts.NONE.withAlgorithm(usd("400.00"), usd("300.00"), usd("520.00"))),
                        PriceBasis.NEGOTIATED_ALGORITHM, "400.00", "80.00", "60.00", "104.00",
                        "allowed = negotiated algorithm's median 400.00 (range: 10th percentile 300.00 to 90th percentile 520.00)"),
                // no negotiated rate: the gross 300 as the allowed amount; 300 × 20% = 60
                new Case("gross charge when there is no negotiated rate", line(ServiceCategory.IMAGING,
                        PriceFacts.NONE.withGrossCharge(usd("300.00"))),
                        PriceBasis.GROSS_CHARGE, "300.00", "60.00", "60.00", "60.00",
                        "allowed = gross charge 300.00 (no negotiated rate for this plan)"),
                // out of network: allowed 500 × 40% = 200 plus the balance bill 1,200 − 500 = 700 → 900
                new Case("out of network with a balance bill", line(ServiceCategory.IMAGING,
                        PriceFacts.NONE.withGrossCharge(usd("1200.00")).withOutOfNetworkAllowed(usd("500.00")))
                        .outOfNetwork(),
                        PriceBasis.OUT_OF_NETWORK_ALLOWED, "500.00", "900.00", "900.00", "900.00",
                        "balance bill = charge 1,200.00 − allowed 500.00 = 700.00"));
    }

    static Stream<Case> unitsAndModifiers() {
        return Stream.of(
                // 100 × 3 = 300; 300 × 20% = 60
                new Case("units multiply", line(ServiceCategory.DRUG_THERAPY, negotiated("100.00")).units(3),
                        PriceBasis.NEGOTIATED_DOLLAR, "300.00", "60.00", "60.00", "60.00",
                        "× 3 units = 300.00"),
                // 1,000 × 150% = 1,500; × 20% = 300
                new Case("modifier 50, bilateral", line(ServiceCategory.SURGERY, negotiated("1000.00")).modifiers("50"),
                        PriceBasis.NEGOTIATED_DOLLAR, "1500.00", "300.00", "300.00", "300.00",
                        "modifier 50 (bilateral) × 150% = 1,500.00"),
                // 250 × 40% = 100; × 20% = 20
                new Case("modifier 26, professional component (outside imaging read)",
                        line(ServiceCategory.IMAGING, negotiated("250.00")).modifiers("26"),
                        PriceBasis.NEGOTIATED_DOLLAR, "100.00", "20.00", "20.00", "20.00",
                        "modifier 26 (professional component) × 40% = 100.00"),
                // 1,000 × 2 = 2,000; × 150% = 3,000; × 20% = 600
                new Case("units and modifier 50", line(ServiceCategory.SURGERY, negotiated("1000.00")).units(2)
                        .modifiers("50"),
                        PriceBasis.NEGOTIATED_DOLLAR, "3000.00", "600.00", "600.00", "600.00",
                        "modifier 50 (bilateral) × 150% = 3,000.00"),
                // a modifier without a price rule (RT, right side) changes nothing: 100 × 20% = 20
                new Case("modifier without a price rule", line(ServiceCategory.SURGERY, negotiated("100.00"))
                        .modifiers("RT"),
                        PriceBasis.NEGOTIATED_DOLLAR, "100.00", "20.00", "20.00", "20.00",
                        "modifier RT: no price adjustment"),
                // median 400 × 2 = 800 → 160; range 300 × 2 = 600 → 120 to 520 × 2 = 1,040 → 208
                new Case("units move the range too", line(ServiceCategory.PATHOLOGY,
                        PriceFacts.NONE.withAlgorithm(usd("400.00"), usd("300.00"), usd("520.00"))).units(2),
                        PriceBasis.NEGOTIATED_ALGORITHM, "800.00", "160.00", "120.00", "208.00",
                        "× 2 units = 800.00"),
                // out of network: allowed 500 × 2 = 1,000 → 40% = 400; charge 1,200 × 2 = 2,400;
                // balance bill 2,400 − 1,000 = 1,400; owes 1,800
                new Case("units move the charge and the balance bill", line(ServiceCategory.IMAGING,
                        PriceFacts.NONE.withGrossCharge(usd("1200.00")).withOutOfNetworkAllowed(usd("500.00")))
                        .outOfNetwork().units(2),
                        PriceBasis.OUT_OF_NETWORK_ALLOWED, "1000.00", "1800.00", "1800.00", "1800.00",
                        "balance bill = charge 2,400.00 − allowed 1,000.00 = 1,400.00"));
    }

    /**
     * A negotiated 150% (or 62.5%) whose base depends on the methodology: gross 1,200.00 on every line, so the
     * wrong base would give 150% × 1,200 = 1,800 → 360.00.
     */
    static Stream<Case> percentageBases() {
        PriceFacts feeSchedule = PriceFacts.NONE.withGrossCharge(usd("1200.00")).withNegotiatedPercentage(usd("150"))
                .withMethodology(Methodology.FEE_SCHEDULE);
        return Stream.of(
                // percent of total billed charges: 62.5% of the gross 1,200 = 750; × 20% = 150
                new Case("percent of total billed charges: of the gross charge", line(ServiceCategory.IMAGING,
                        PriceFacts.NONE.withGrossCharge(usd("1200.00")).withNegotiatedPercentage(usd("62.5"))
                                .withMethodology(Methodology.PERCENT_OF_TOTAL_BILLED_CHARGES)),
                        PriceBasis.NEGOTIATED_PERCENTAGE, "750.00", "150.00", "150.00", "150.00",
                        "allowed = negotiated 62.5% of gross 1,200.00 = 750.00"),
                // 150% of a fee schedule with the 2.x file's estimated amount 480: 480 × 20% = 96
                new Case("fee schedule with the file's estimated amount", line(ServiceCategory.IMAGING,
                        feeSchedule.withEstimatedAmount(usd("480.00"))),
                        PriceBasis.NEGOTIATED_PERCENTAGE, "480.00", "96.00", "96.00", "96.00",
                        "allowed = the price file's estimated amount 480.00 for the negotiated 150% (fee schedule)"),
                // the estimated amount wins over the gross too: 700 × 20% = 140 (not 62.5% × 1,200 = 750 → 150)
                new Case("the estimated amount before the gross charge", line(ServiceCategory.IMAGING,
                        PriceFacts.NONE.withGrossCharge(usd("1200.00")).withNegotiatedPercentage(usd("62.5"))
                                .withMethodology(Methodology.PERCENT_OF_TOTAL_BILLED_CHARGES)
                                .withEstimatedAmount(usd("700.00"))),
                        PriceBasis.NEGOTIATED_PERCENTAGE, "700.00", "140.00", "140.00", "140.00",
                        "allowed = the price file's estimated amount 700.00 for the negotiated 62.5%"
                                + " (percent of total billed charges)"),
                // base unknown, the plan's median 400 with 10th–90th percentiles 300–520:
                // 400 × 20% = 80, range 300 × 20% = 60 to 520 × 20% = 104
                new Case("fee schedule: the median and the 10th–90th percentiles", line(ServiceCategory.IMAGING,
                        feeSchedule.withAlgorithm(usd("400.00"), usd("300.00"), usd("520.00"))),
                        PriceBasis.NEGOTIATED_PERCENTAGE, "400.00", "80.00", "60.00", "104.00",
                        "the base of the negotiated 150% (fee schedule) is unknown (the price file does not give the"
                                + " fee schedule amount it is a percentage of), so no amount is computed from it"),
                // base unknown, only the item's minimum 300 and maximum 900: the maximum 900 × 20% = 180,
                // range 300 × 20% = 60 to 180
                new Case("fee schedule: the minimum to maximum charge", line(ServiceCategory.IMAGING,
                        feeSchedule.withChargeRange(usd("300.00"), usd("900.00"))),
                        PriceBasis.NEGOTIATED_PERCENTAGE, "900.00", "180.00", "60.00", "180.00",
                        "allowed between the item's minimum negotiated charge 300.00 and maximum 900.00"),
                // no methodology at all: not the gross either; minimum 300 to maximum 900 as above, × 2 units:
                // 1,800 × 20% = 360, range 600 × 20% = 120 to 360
                new Case("no methodology: the base is unknown", line(ServiceCategory.IMAGING,
                        PriceFacts.NONE.withGrossCharge(usd("1200.00")).withNegotiatedPercentage(usd("62.5"))
                                .withChargeRange(usd("300.00"), usd("900.00"))).units(2),
                        PriceBasis.NEGOTIATED_PERCENTAGE, "1800.00", "360.00", "120.00", "360.00",
                        "the base of the negotiated 62.5% is unknown (the price file does not say what it is a"
                                + " percentage of)"),
                // percent of billed charges but no gross charge known: the median 400 → 80 (60 to 104)
                new Case("percent of billed charges without a gross charge", line(ServiceCategory.IMAGING,
                        PriceFacts.NONE.withNegotiatedPercentage(usd("62.5"))
                                .withMethodology(Methodology.PERCENT_OF_TOTAL_BILLED_CHARGES)
                                .withAlgorithm(usd("400.00"), usd("300.00"), usd("520.00"))),
                        PriceBasis.NEGOTIATED_PERCENTAGE, "400.00", "80.00", "60.00", "104.00",
                        "(no gross charge is known)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"priceBases", "unitsAndModifiers", "percentageBases"})
    void pricesTheLine(Case c) {
        LineResult result = only(c.line());

        assertThat(result.basis()).isEqualTo(c.basis());
        assertThat(result.allowed()).isEqualTo(usd(c.allowed()));
        assertThat(result.patientOwes()).isEqualTo(usd(c.owes()));
        assertThat(result.low()).isEqualTo(usd(c.low()));
        assertThat(result.high()).isEqualTo(usd(c.high()));
        assertThat(String.join("\n", result.explanation())).contains(c.explained());
    }

    @Test
    void takesTheProfessionalComponentFractionFromTheBenefitDesign() {
        BenefitDesign plan = acmePpo()
                .adjustments(PriceAdjustments.STANDARD.withProfessionalComponent(usd("0.35")))
                .build();

        LineResult result = new EstimateCalculator().estimate(deductibleMet(plan),
                List.of(line(ServiceCategory.IMAGING, negotiated("250.00")).modifiers("26").build())).lines().get(0);

        // 250 × 35% = 87.50; × 20% = 17.50
        assertThat(result.allowed()).isEqualTo(usd("87.50"));
        assertThat(result.patientOwes()).isEqualTo(usd("17.50"));
        assertThat(String.join("\n", result.explanation())).contains("modifier 26 (professional component) × 35% = 87.50");
    }

    @Test
    void roundsTheAllowedAmountOnceAndTheCoinsuranceFromFullPrecision() {
        LineResult result = only(line(ServiceCategory.IMAGING,
                PriceFacts.NONE.withGrossCharge(usd("1234.57")).withNegotiatedPercentage(usd("62.5"))
                        .withMethodology(Methodology.PERCENT_OF_TOTAL_BILLED_CHARGES)));

        // allowed 1,234.57 × 62.5% = 771.60625 → 771.61; coinsurance 771.60625 × 20% = 154.32125 → 154.32;
        // plan 771.61 − 154.32 = 617.29
        assertThat(result.allowed()).isEqualTo(usd("771.61"));
        assertThat(result.coinsurance()).isEqualTo(usd("154.32"));
        assertThat(result.planPays()).isEqualTo(usd("617.29"));
        assertThat(result.explanation()).contains(
                "allowed = negotiated 62.5% of gross 1,234.57 = 771.60625",
                "coinsurance = allowed 771.60625 × 20% = 154.32");
    }

    @Test
    void roundsWithTheConfiguredRoundingMode() {
        Coverage coverage = BillingFixtures.selfOnly(acmePpo().build(), "0.00", "0.00");
        List<ServiceLine> lines = List.of(line(ServiceCategory.IMAGING,
                PriceFacts.NONE.withGrossCharge(usd("161.00")).withNegotiatedPercentage(usd("62.5"))
                        .withMethodology(Methodology.PERCENT_OF_TOTAL_BILLED_CHARGES)).build());

        // 161 × 62.5% = 100.625, all of it deductible: half up 100.63, half even 100.62
        LineResult halfUp = new EstimateCalculator().estimate(coverage, lines).lines().get(0);
        LineResult halfEven = new EstimateCalculator(java.math.RoundingMode.HALF_EVEN).estimate(coverage, lines)
                .lines().get(0);

        assertThat(halfUp.deductible()).isEqualTo(usd("100.63"));
        assertThat(halfUp.patientOwes()).isEqualTo(usd("100.63"));
        assertThat(halfEven.deductible()).isEqualTo(usd("100.62"));
        assertThat(halfEven.patientOwes()).isEqualTo(usd("100.62"));
        assertThat(halfEven.planPays()).isEqualTo(usd("0.00"));
    }

    @Test
    void refusesALineWithNoPriceToBaseItOn() {
        ServiceLine unpriced = line(ServiceCategory.IMAGING, PriceFacts.NONE).code("70553", "CPT").build();

        assertThatThrownBy(() -> calculator.estimate(deductibleMet(acmePpo().build()), List.of(unpriced)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70553")
                .hasMessageContaining("Dr. Rivera");
    }

    @Test
    void refusesAPercentageWhoseBaseIsUnknownAndUnranged() {
        // 80% of a case rate the file does not give, and no estimated amount or range: no figure to show
        ServiceLine unknownBase = line(ServiceCategory.FACILITY, PriceFacts.NONE.withGrossCharge(usd("52000.00"))
                .withNegotiatedPercentage(usd("80")).withMethodology(Methodology.CASE_RATE)).code("470", "MS-DRG")
                .build();

        assertThatThrownBy(() -> calculator.estimate(deductibleMet(acmePpo().build()), List.of(unknownBase)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The base of the negotiated 80% (case rate) for 470")
                .hasMessageContaining("is unknown");
    }

    @Test
    void refusesAnIncompleteRange() {
        assertThatThrownBy(() -> PriceFacts.NONE.withAlgorithm(null, usd("300.00"), usd("520.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private LineResult only(ServiceLine.Builder line) {
        return calculator.estimate(deductibleMet(acmePpo().build()), List.of(line.build())).lines().get(0);
    }
}
