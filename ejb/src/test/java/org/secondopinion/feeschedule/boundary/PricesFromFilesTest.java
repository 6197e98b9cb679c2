package org.secondopinion.feeschedule.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondopinion.estimate.control.Accumulators;
import org.secondopinion.estimate.control.BenefitDesign;
import org.secondopinion.estimate.control.CategoryRule;
import org.secondopinion.estimate.control.Coverage;
import org.secondopinion.estimate.control.CoverageKind;
import org.secondopinion.estimate.control.EstimateCalculator;
import org.secondopinion.estimate.control.LineResult;
import org.secondopinion.estimate.control.ServiceLine;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.control.PriceFileReader;
import org.secondopinion.feeschedule.control.PriceFileRejected;
import org.secondopinion.feeschedule.entity.PriceFacts;
import org.secondopinion.feeschedule.entity.ScheduledCharge;

/**
 * A line priced from a fee schedule as imported (file → charges → stored rows → look-up), for the same schedule in
 * each of the three layouts of template 2.0.0 (v2.0-tall.csv, v2.0-wide.csv with the payers' spaces written as
 * underscores, v2.0.json): the plan's negotiated rate when the plan is the file's payer, a code the file prices only
 * for payers (MS-DRG 470 as a case rate), and the file's own modifier adjustments for the plan.
 */
class PricesFromFilesTest {

    private static final String PLATFORM = "Platform Health Insurance";
    private static final String REGION = "Region Health Insurance";
    private static final String[] LAYOUTS = {"v2.0-tall.csv", "v2.0-wide.csv", "v2.0.json"};

    /** What the look-up should find for one line and one patient. */
    record Case(String name, String code, String modifiers, String payer, String plan, PriceFacts prices,
                String modifiersLeft, boolean perStay) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static PriceFacts gross(String gross, String cash) {
        return PriceFacts.NONE.withGrossCharge(usd(gross)).withDiscountedCash(usd(cash));
    }

    static List<Case> cases() {
        return List.of(
                new Case("the plan is the file's payer: its negotiated rate, not the gross charge", "27447", null,
                        PLATFORM, "PPO", gross("48000", "38400").withNegotiatedDollar(usd("18000")), "", false),
                new Case("the plan as a person types it (case, spacing) still matches", "71250", null,
                        " platform  health insurance ", "ppo",
                        gross("1200", "700").withNegotiatedDollar(usd("640")), "", false),
                // no gross and no cash price: the plan's case rate alone prices it, once for the stay
                new Case("a payer-only code (MS-DRG 470) at the plan's case rate", "470", null, PLATFORM, "PPO",
                        PriceFacts.NONE.withNegotiatedDollar(usd("20000")), "", true),
                // 50% of billed charges cannot be applied without a gross charge: the file's estimated amount
                new Case("a payer-only code whose rate is a percentage, at its estimated amount", "470", null, REGION,
                        "HMO", PriceFacts.NONE.withAlgorithm(usd("23145.98"), null, null), "", false),
                // the file's 50 row for the PPO: 150% of every amount, 18,000 × 1.5 = 27,000; 48,000 × 1.5 = 72,000;
                // 38,400 × 1.5 = 57,600; nothing left for the calculator
                new Case("modifier 50 at the plan's own 150%", "27447", "50", PLATFORM, "PPO",
                        gross("72000", "57600").withNegotiatedDollar(usd("27000")), "", false),
                // the HMO's 145%: 16,500 × 1.45 = 23,925; 48,000 × 1.45 = 69,600; 38,400 × 1.45 = 55,680
                new Case("modifier 50 at the other plan's 145%", "27447", "50", REGION, "HMO",
                        gross("69600", "55680").withNegotiatedDollar(usd("23925")), "", false),
                // LT has no row: the file adjusts for 50, the calculator is told about LT
                new Case("a modifier the file does not adjust is left to the calculator", "27447", "LT, 50", PLATFORM,
                        "PPO", gross("72000", "57600").withNegotiatedDollar(usd("27000")), "LT", false),
                // self-pay has no plan whose modifier row applies: the calculator's standard 150% follows
                new Case("self-pay with modifier 50: the unmodified price, 50 left", "27447", "50", null, null,
                        gross("48000", "38400"), "50", false),
                // an outside read: the file's row for 71250 with 26 is the price itself
                new Case("the exam code with modifier 26: the file's row for the read", "71250", "26", PLATFORM, "PPO",
                        gross("300", "180").withNegotiatedDollar(usd("160")), "", false));
    }

    static Stream<Arguments> lookups() {
        return Stream.of(LAYOUTS).flatMap(layout -> cases().stream().map(c -> Arguments.of(layout, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("lookups")
    void findsTheLinesPricesInEachLayout(String layout, Case c) {
        Schedule schedule = Schedule.of(layout);

        PriceLookup.Found found = PriceLookup.find(schedule.rows(c.code()), schedule.adjustments(), c.modifiers(),
                c.payer(), c.plan());

        assertThat(found).isNotNull();
        assertThat(found.prices()).isEqualTo(normalised(c.prices(), found.prices()));
        assertThat(found.modifiersLeft()).isEqualTo(c.modifiersLeft());
        assertThat(found.perStay()).isEqualTo(c.perStay());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void refusesAPayerOnlyCodeForSelfPayOrAnotherPlanAndSaysWhy(String layout) {
        List<ScheduledCharge> drg = Schedule.of(layout).rows("470");

        assertThat(PriceLookup.find(drg, null, null, null)).isNull();
        assertThat(PriceLookup.whyNoPrice(drg, "470", null, null)).isEqualTo("gives no gross charge or cash price"
                + " for 470, only rates negotiated with payers (Platform Health Insurance PPO; Region Health Insurance"
                + " HMO), so it cannot be priced for a self-pay patient");
        assertThat(PriceLookup.find(drg, null, "Acme Health", "Acme PPO")).isNull();
        assertThat(PriceLookup.whyNoPrice(drg, "470", "Acme Health", "Acme PPO")).endsWith(
                "and none for the patient's plan Acme Health Acme PPO");
        assertThat(PriceLookup.whyNoPrice(List.of(), "99999", null, null)).isEqualTo("has no price for 99999");
    }

    static Stream<String> layouts() {
        return Stream.of(LAYOUTS);
    }

    @Test
    void pricesACaseRateOnceForTheStayWhateverTheUnits() {
        Schedule schedule = Schedule.of("v2.0-tall.csv");
        PriceLookup.Found found = PriceLookup.find(schedule.rows("470"), null, PLATFORM, "PPO");

        // 3 units entered (days of the stay): the case rate is one amount, so 1 unit; 20% of 20,000 = 4,000
        int units = found.unitsPriced(3);
        LineResult priced = deductibleMetTwentyPercent(found.prices(), units);

        assertThat(units).isEqualTo(1);
        assertThat(found.explanation(3)).endsWith("; a case rate is one amount for the stay, so it is priced once,"
                + " not for 3 units");
        assertThat(priced.allowed()).isEqualByComparingTo("20000");
        assertThat(priced.patientOwes()).isEqualByComparingTo("4000");
    }

    @Test
    void multipliesAFeeScheduleRateByTheUnits() {
        PriceLookup.Found found = PriceLookup.find(Schedule.of("v2.0-tall.csv").rows("71250"), null, PLATFORM, "PPO");

        // a fee-schedule rate is per unit: 2 × 640 = 1,280 allowed, 20% = 256
        assertThat(found.unitsPriced(2)).isEqualTo(2);
        assertThat(found.explanation(2)).isEqualTo(found.source());
        assertThat(deductibleMetTwentyPercent(found.prices(), 2).patientOwes()).isEqualByComparingTo("256");
    }

    @Test
    void namesTheFileModifierRowInTheSource() {
        Schedule schedule = Schedule.of("v2.0-tall.csv");

        PriceLookup.Found found = PriceLookup.find(schedule.rows("27447"), schedule.adjustments(), "50", REGION, "HMO");

        assertThat(found.source()).isEqualTo("fee schedule line 7 (Region Health Insurance, HMO); modifier 50 at 145%"
                + " (fee schedule line 11, Region Health Insurance, HMO)");
    }

    /** The expected prices at the scale the look-up computes them, so that 27000 equals 27000.0. */
    private static PriceFacts normalised(PriceFacts expected, PriceFacts actual) {
        return new PriceFacts(same(expected.grossCharge(), actual.grossCharge()),
                same(expected.discountedCash(), actual.discountedCash()),
                same(expected.negotiatedDollar(), actual.negotiatedDollar()),
                same(expected.negotiatedPercentage(), actual.negotiatedPercentage()),
                same(expected.algorithmMedian(), actual.algorithmMedian()),
                same(expected.algorithm10thPercentile(), actual.algorithm10thPercentile()),
                same(expected.algorithm90thPercentile(), actual.algorithm90thPercentile()),
                same(expected.outOfNetworkAllowed(), actual.outOfNetworkAllowed()), expected.methodology(),
                same(expected.estimatedAmount(), actual.estimatedAmount()),
                same(expected.chargeMinimum(), actual.chargeMinimum()),
                same(expected.chargeMaximum(), actual.chargeMaximum()));
    }

    private static BigDecimal same(BigDecimal expected, BigDecimal actual) {
        return expected != null && actual != null && expected.compareTo(actual) == 0 ? actual : expected;
    }

    /** One in-network surgery line on a plan whose deductible is met: the patient owes 20% of the allowed amount. */
    private static LineResult deductibleMetTwentyPercent(PriceFacts prices, int units) {
        BenefitDesign plan = BenefitDesign.builder("Platform PPO").deductible(usd("0.00"), null).noOutOfPocketMax()
                .allCategories(CategoryRule.coinsurance(usd("0.20"), usd("0.40"))).build();
        Coverage coverage = Coverage.insured(plan, CoverageKind.SELF_ONLY, LocalDate.of(2026, 1, 1), Accumulators.NONE);
        ServiceLine line = ServiceLine.builder().provider("Cedar Valley Hospital").option("Surgery")
                .category(ServiceCategory.SURGERY).on(LocalDate.of(2026, 3, 23)).units(units).prices(prices).build();
        return new EstimateCalculator().estimate(coverage, List.of(line)).lines().get(0);
    }

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    /** A fee schedule as the import stores it: every charge of the file as its rows. */
    private record Schedule(List<ScheduledCharge> all) {

        static Schedule of(String file) {
            List<ScheduledCharge> rows = new ArrayList<>();
            try (InputStream in = PricesFromFilesTest.class.getResourceAsStream("/price-files/" + file)) {
                new PriceFileReader().read(in, charge -> rows.addAll(charge.rows(7L)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (PriceFileRejected e) {
                throw new AssertionError(file + " is rejected: " + e.getMessage(), e);
            }
            return new Schedule(rows);
        }

        /** The rows of a code, in file order. */
        List<ScheduledCharge> rows(String code) {
            return all.stream().filter(row -> code.equals(row.getCode())).toList();
        }

        List<ScheduledCharge> adjustments() {
            return all.stream().filter(row -> row.getCode() == null && row.isModifierAdjustment()).toList();
        }
    }
}
