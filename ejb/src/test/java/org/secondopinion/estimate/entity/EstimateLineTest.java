package org.secondopinion.estimate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondopinion.estimate.control.Accumulators;
import org.secondopinion.estimate.control.BenefitDesign;
import org.secondopinion.estimate.control.CategoryRule;
import org.secondopinion.estimate.control.Coverage;
import org.secondopinion.estimate.control.CoverageKind;
import org.secondopinion.estimate.control.EstimateCalculator;
import org.secondopinion.estimate.control.LineResult;
import org.secondopinion.estimate.control.ServiceLine;
import org.secondopinion.feeschedule.entity.FeeSchedule;
import org.secondopinion.feeschedule.entity.Methodology;
import org.secondopinion.feeschedule.entity.PriceFacts;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * What an estimate line keeps reaches the calculator: the No Surprises Act circumstances (an emergency, an
 * ancillary clinician at an in-network facility, the facility's network) and what a negotiated percentage is of.
 * An anaesthesiologist out of network, gross charge 3,100.00, the plan's out-of-network allowed amount 1,200.00,
 * on a plan with the deductible met, 20% in network and 40% out.
 */
class EstimateLineTest {

    private static final LocalDate OPERATION = LocalDate.of(2026, 3, 23);

    record Case(String name, boolean emergency, boolean ancillary, NetworkStatus facility, String coinsurance,
                String balanceBill, String owes, String explained) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> circumstances() {
        return Stream.of(
                // 1,200 × 40% = 480; balance bill 3,100 − 1,200 = 1,900; owes 2,380
                new Case("neither: balance billed", false, false, NetworkStatus.IN_NETWORK, "480.00", "1900.00",
                        "2380.00", "out of network: out-of-network coinsurance, and the provider may balance bill"),
                // 1,200 × 20% = 240, no balance bill
                new Case("emergency", true, false, NetworkStatus.IN_NETWORK, "240.00", "0.00", "240.00",
                        "out of network, emergency: the No Surprises Act forbids a balance bill"),
                // an emergency is protected at an out-of-network facility too: 240
                new Case("emergency at an out-of-network facility", true, false, NetworkStatus.OUT_OF_NETWORK,
                        "240.00", "0.00", "240.00", "the No Surprises Act forbids a balance bill"),
                // 1,200 × 20% = 240, no balance bill
                new Case("ancillary clinician at an in-network facility", false, true, NetworkStatus.IN_NETWORK,
                        "240.00", "0.00", "240.00", "out-of-network ancillary clinician at an in-network facility:"
                                + " the No Surprises Act forbids a balance bill and in-network cost sharing applies"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("circumstances")
    void givesTheCalculatorTheNoSurprisesActCircumstances(Case c) {
        EstimateLine line = anaesthesia();
        line.circumstances(c.emergency(), c.ancillary(), c.facility());

        LineResult result = calculate(line);

        assertThat(ServiceLine.of(line).emergency()).isEqualTo(c.emergency());
        assertThat(ServiceLine.of(line).ancillaryAtInNetworkFacility()).isEqualTo(c.ancillary());
        assertThat(result.coinsurance()).isEqualTo(new BigDecimal(c.coinsurance()));
        assertThat(result.balanceBill()).isEqualTo(new BigDecimal(c.balanceBill()));
        assertThat(result.patientOwes()).isEqualTo(new BigDecimal(c.owes()));
        assertThat(String.join("\n", result.explanation())).contains(c.explained());
    }

    @Test
    void refusesAnAncillaryClinicianAtAnOutOfNetworkFacility() {
        EstimateLine line = anaesthesia();

        assertThatThrownBy(() -> line.circumstances(false, true, NetworkStatus.OUT_OF_NETWORK))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("ancillaryAtInNetworkFacility");
                    assertThat(v.getMessage()).contains("only at an in-network facility");
                });
        assertThatThrownBy(() -> line.circumstances(false, false, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("facilityNetwork"));
    }

    @Test
    void keepsCircumstancesAndPriceBaseInTheNextVersion() {
        EstimateLine line = anaesthesia();
        line.priced(PriceFacts.NONE.withGrossCharge(new BigDecimal("3100.00")).withNegotiatedPercentage(
                        new BigDecimal("150")).withMethodology(Methodology.FEE_SCHEDULE)
                .withEstimatedAmount(new BigDecimal("980.00")).withChargeRange(new BigDecimal("700.00"),
                        new BigDecimal("1400.00")), "fee schedule line 40 (Acme Health, Acme PPO)");
        line.circumstances(true, true, NetworkStatus.IN_NETWORK);
        FeeSchedule schedule = new FeeSchedule("lakeside-standard-charges.csv", "a".repeat(64), "b".repeat(64), 4096,
                "billing.admin", Instant.parse("2026-03-02T09:00:00Z"));
        CostEstimate next = new CostEstimate("MRN-100871", "Daniel Ortiz", LocalDate.of(1978, 9, 2), null, null,
                schedule, "billing.clerk", Instant.parse("2026-03-02T09:00:00Z"));

        EstimateLine copy = line.copyFor(next);

        assertThat(copy.isEmergency()).isTrue();
        assertThat(copy.isAncillaryAtInNetworkFacility()).isTrue();
        assertThat(copy.getFacilityNetwork()).isEqualTo(NetworkStatus.IN_NETWORK);
        assertThat(copy.prices()).isEqualTo(line.prices());
        assertThat(copy.prices().methodology()).isEqualTo(Methodology.FEE_SCHEDULE);
        assertThat(copy.prices().chargeMaximum()).isEqualTo(new BigDecimal("1400.00"));
        // the estimated amount 980, not 150% of the gross 3,100: in network (emergency, no out-of-network
        // amount given) 980 × 20% = 196
        assertThat(calculate(copy).patientOwes()).isEqualTo(new BigDecimal("196.00"));
    }

    private static EstimateLine anaesthesia() {
        EstimateLine line = new EstimateLine("Surgery", false, new EstimateLine.Provider("Dr. Lee", "1234567893",
                "12-3456789", "Lakeside Medical Center, 100 Harbor Way, Baltimore", "MD"), ServiceCategory.ANESTHESIA,
                "00400", "CPT", "anaesthesia for a procedure on the skin", null, OPERATION, 1, null,
                NetworkStatus.OUT_OF_NETWORK, false, OpinionPurpose.ROUTINE);
        line.priced(PriceFacts.NONE.withGrossCharge(new BigDecimal("3100.00"))
                .withOutOfNetworkAllowed(new BigDecimal("1200.00")), "fee schedule line 40");
        return line;
    }

    private static LineResult calculate(EstimateLine line) {
        BenefitDesign plan = BenefitDesign.builder("Acme PPO").deductible(new BigDecimal("1500.00"), null)
                .outOfPocketMax(new BigDecimal("6000.00"), null)
                .allCategories(CategoryRule.coinsurance(new BigDecimal("0.20"), new BigDecimal("0.40")))
                .secondOpinion(SecondOpinionRule.COVERED).build();
        Coverage coverage = Coverage.insured(plan, CoverageKind.SELF_ONLY, LocalDate.of(2026, 1, 1),
                Accumulators.individual(new BigDecimal("1500.00"), new BigDecimal("1500.00")));
        return new EstimateCalculator().estimate(coverage, List.of(ServiceLine.of(line))).lines().get(0);
    }
}
