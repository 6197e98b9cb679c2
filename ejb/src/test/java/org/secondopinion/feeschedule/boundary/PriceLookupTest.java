package org.secondopinion.feeschedule.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.entity.Methodology;
import org.secondopinion.feeschedule.entity.PriceFacts;
import org.secondopinion.feeschedule.entity.ScheduledCharge;

/**
 * A line's prices found among the rows of a fee schedule for one code (here CT of the chest, 71250), as a tall
 * v3 file states them: gross 1,200.00 and cash 700.00 on every row, one row per payer and plan, a row with
 * modifier 26 for the outside read, and a modifier-only row (50 = 150%) that adjusts others.
 */
class PriceLookupTest {

    private static final String PAYER = "Acme Health";
    private static final String PLAN = "Acme PPO";

    /** The rows of 71250 in the order the named query gives them (payer, plan, id). */
    private static final List<ScheduledCharge> ROWS = List.of(
            row(11, "", null, null).build(),
            row(12, "", PAYER, PLAN).dollar("640.00").build(),
            row(13, "", "Bluebird Insurance", "Bluebird HMO").percentage("55.5").build(),
            row(14, "", "Cedar Mutual", "Cedar Choice").algorithm("800.00", "610.00", "990.00").build(),
            row(15, "26", null, null).gross("300.00").cash("180.00").build(),
            row(16, "26", PAYER, PLAN).gross("300.00").cash("180.00").dollar("160.00").build(),
            row(17, "50", null, null).adjustment().gross("1800.00").cash("1050.00").build());

    record Case(String name, String modifiers, String payer, String plan, PriceFacts prices, String modifiersLeft,
                String source) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> lookups() {
        PriceFacts base = PriceFacts.NONE.withGrossCharge(usd("1200.00")).withDiscountedCash(usd("700.00"));
        PriceFacts read = PriceFacts.NONE.withGrossCharge(usd("300.00")).withDiscountedCash(usd("180.00"));
        return Stream.of(
                new Case("the plan's negotiated dollar amount", null, PAYER, PLAN,
                        base.withNegotiatedDollar(usd("640.00")), "",
                        "fee schedule line 12 (Acme Health, Acme PPO)"),
                new Case("payer and plan compared without case or surrounding spaces", "", " ACME health ", "acme ppo",
                        base.withNegotiatedDollar(usd("640.00")), "",
                        "fee schedule line 12 (Acme Health, Acme PPO)"),
                // 55.5 stays a percentage as the file writes it; of total billed charges, so the calculator
                // takes 55.5% of the gross 1,200
                new Case("a negotiated percentage", null, "Bluebird Insurance", "Bluebird HMO",
                        base.withNegotiatedPercentage(usd("55.5"))
                                .withMethodology(Methodology.PERCENT_OF_TOTAL_BILLED_CHARGES), "",
                        "fee schedule line 13 (Bluebird Insurance, Bluebird HMO)"),
                new Case("an algorithm's median with the 10th and 90th percentiles", null, "Cedar Mutual",
                        "Cedar Choice", base.withAlgorithm(usd("800.00"), usd("610.00"), usd("990.00")), "",
                        "fee schedule line 14 (Cedar Mutual, Cedar Choice)"),
                new Case("the same payer under another plan has no negotiated rate", null, PAYER, "Acme HMO",
                        base, "", "fee schedule line 11 (no negotiated rate for Acme Health, Acme HMO)"),
                new Case("self-pay: only the gross and cash prices", null, null, null, base, "",
                        "fee schedule line 11"),
                // the file prices the read itself: nothing left for the calculator's 40%
                new Case("the modifier-26 row when the line asks for 26", "26", PAYER, PLAN,
                        read.withNegotiatedDollar(usd("160.00")), "",
                        "fee schedule line 16 (Acme Health, Acme PPO)"),
                new Case("the modifier-26 row for self-pay", " 26 ", null, null, read, "", "fee schedule line 15"),
                // no 80 row: the unmodified row, and the calculator is told about 80 (it has no adjustment for it)
                new Case("the unmodified row when the file does not price the modifier", "80", PAYER, PLAN,
                        base.withNegotiatedDollar(usd("640.00")), "80",
                        "fee schedule line 12 (Acme Health, Acme PPO)"),
                // row 17 with 50 only adjusts other rows: the unmodified price, and 50 for the calculator's 150%
                new Case("a modifier-adjustment row is never the price", "50", null, null, base, "50",
                        "fee schedule line 11"),
                new Case("modifiers the file does not price together are all left", "26,50", PAYER, PLAN,
                        base.withNegotiatedDollar(usd("640.00")), "26,50",
                        "fee schedule line 12 (Acme Health, Acme PPO)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookups")
    void findsTheLinesPrices(Case c) {
        PriceLookup.Found found = PriceLookup.find(ROWS, c.modifiers(), c.payer(), c.plan());

        assertThat(found).isNotNull();
        assertThat(found.prices()).isEqualTo(c.prices());
        assertThat(found.modifiersLeft()).isEqualTo(c.modifiersLeft());
        assertThat(found.source()).isEqualTo(c.source());
        assertThat(found.codeType()).isEqualTo("CPT");
    }

    @Test
    void leavesTwentySixToTheCalculatorWhenTheFileHasNoRowForIt() {
        List<ScheduledCharge> rows = List.of(row(21, "", null, null).build(),
                row(22, "", PAYER, PLAN).dollar("640.00").build());

        PriceLookup.Found found = PriceLookup.find(rows, "26", PAYER, PLAN);

        // the whole exam's 640; the calculator then takes 40% for the read: 256
        assertThat(found.prices().negotiatedDollar()).isEqualTo(usd("640.00"));
        assertThat(found.modifiersLeft()).isEqualTo("26");
        assertThat(found.description()).isEqualTo("CT chest without contrast");
        assertThat(found.source()).isEqualTo("fee schedule line 22 (Acme Health, Acme PPO)");
    }

    /**
     * As CMS's official examples price the observation room (762) for Platform Health Insurance's PPO: 8,000 on
     * one row and 10,000 on another, told apart by a note. The first is the price; the source names the other
     * (the same amount written again, 8000.00, is not another rate).
     */
    @Test
    void namesThePlansOtherRatesForTheCodeWhenTheFileGivesSeveral() {
        List<ScheduledCharge> rows = List.of(row(41, "", PAYER, PLAN).dollar("8000").build(),
                row(42, "", PAYER, PLAN).dollar("10000").build(), row(43, "", PAYER, PLAN).dollar("8000.00").build(),
                row(44, "", "Bluebird Insurance", "Bluebird HMO").dollar("9000").build());

        PriceLookup.Found found = PriceLookup.find(rows, null, PAYER, PLAN);

        assertThat(found.prices().negotiatedDollar()).isEqualByComparingTo("8000");
        assertThat(found.source()).isEqualTo("fee schedule line 41 (Acme Health, Acme PPO); the file gives this plan"
                + " other rates for this code too (10,000.00 on line 42): check its notes for which applies");
        assertThat(PriceLookup.find(rows, null, "Bluebird Insurance", "Bluebird HMO").source())
                .isEqualTo("fee schedule line 44 (Bluebird Insurance, Bluebird HMO)");
    }

    @Test
    void namesThePlansOtherCaseRatesOfAPayerOnlyCode() {
        List<ScheduledCharge> rows = List.of(row(51, "", PAYER, PLAN).gross(null).cash(null).dollar("8000").build(),
                row(52, "", PAYER, PLAN).gross(null).cash(null).dollar("10000").build());

        PriceLookup.Found found = PriceLookup.find(rows, null, PAYER, PLAN);

        assertThat(found.prices().negotiatedDollar()).isEqualByComparingTo("8000");
        assertThat(found.source()).endsWith("; the file gives this plan other rates for this code too (10,000.00 on"
                + " line 52): check its notes for which applies");
    }

    @Test
    void takesTheGrossAndCashFromTheFirstRowThatHasThem() {
        // a wide file's payer columns may come on a row without the general prices
        List<ScheduledCharge> rows = List.of(row(31, "", PAYER, PLAN).gross(null).cash(null).dollar("640.00").build(),
                row(32, "", null, null).cash(null).build());

        PriceLookup.Found found = PriceLookup.find(rows, null, PAYER, PLAN);

        assertThat(found.prices()).isEqualTo(PriceFacts.NONE.withGrossCharge(usd("1200.00"))
                .withNegotiatedDollar(usd("640.00")));
        assertThat(found.source()).isEqualTo("fee schedule line 31 (Acme Health, Acme PPO)");
    }

    @Test
    void findsNothingWithoutAPriceForThePatient() {
        List<ScheduledCharge> unpriced = List.of(row(41, "", null, null).gross(null).cash(null).build(),
                row(42, "", PAYER, PLAN).gross(null).cash(null).dollar("640.00").build(),
                row(43, "50", null, null).adjustment().build());

        // no gross or cash price: only Acme's plan has a price (issue 11, item 5: see PricesFromFilesTest)
        assertThat(PriceLookup.find(unpriced, null, PAYER, PLAN).prices())
                .isEqualTo(PriceFacts.NONE.withNegotiatedDollar(usd("640.00")));
        assertThat(PriceLookup.find(unpriced, null, PAYER, "Acme HMO")).isNull();
        assertThat(PriceLookup.find(unpriced, "50", null, null)).isNull();
        assertThat(PriceLookup.find(List.of(), null, null, null)).isNull();
    }

    @Test
    void readsModifierListsInAnyOrderCaseAndSeparator() {
        assertThat(PriceLookup.modifierSet("50, 26")).containsExactly("26", "50");
        assertThat(PriceLookup.modifierSet("26|lt")).containsExactly("26", "LT");
        assertThat(PriceLookup.modifierSet("  ")).isEmpty();
        assertThat(PriceLookup.modifierSet(null)).isEmpty();
    }

    // a template 2.x algorithm row carries its dollar figure in estimated_amount (DOMAIN.md: accept 2.x files)
    @Test
    void pricesAVersionTwoAlgorithmRowAtItsEstimatedAmount() {
        List<ScheduledCharge> rows = List.of(
                new ScheduledCharge(7L, "470", "MS-DRG", "Hip or knee replacement", "INPATIENT", null, false,
                        usd("52000"), usd("41600"), null, null, null, null, null, null, null, null, null, null, null,
                        null, 51),
                new ScheduledCharge(7L, "470", "MS-DRG", "Hip or knee replacement", "INPATIENT", null, false,
                        usd("52000"), usd("41600"), null, null, "CareFirst", "PPO", null, null,
                        "Lesser of $18,000 or 55% of billed charges", usd("17250"), null, null, null, "CASE_RATE", 52));

        PriceLookup.Found found = PriceLookup.find(rows, null, "CareFirst", "PPO");
        LineResult priced = deductibleMetTwentyPercent(found.prices());

        // the plan's estimated allowed amount 17,250 × 20% = 3,450 (not the gross 52,000 × 20% = 10,400)
        assertThat(found.source()).isEqualTo("fee schedule line 52 (CareFirst, PPO)");
        assertThat(priced.allowed()).isEqualTo(usd("17250.00"));
        assertThat(priced.patientOwes()).isEqualTo(usd("3450.00"));
    }

    // a percentage of a fee schedule: the look-up carries what the calculator needs to avoid the gross charge
    @Test
    void carriesWhatAPercentageIsOfAndWhatTheFileGivesInstead() {
        List<ScheduledCharge> rows = List.of(
                new ScheduledCharge(7L, "71250", "CPT", "CT chest without contrast", "OUTPATIENT", null, false,
                        usd("1200.00"), usd("700.00"), usd("310.00"), usd("940.00"), null, null, null, null, null,
                        null, null, null, null, null, 61),
                new ScheduledCharge(7L, "71250", "CPT", "CT chest without contrast", "OUTPATIENT", null, false,
                        usd("1200.00"), usd("700.00"), usd("310.00"), usd("940.00"), "Acme Health", "Acme PPO", null,
                        usd("150"), null, usd("512.00"), usd("505.00"), usd("420.00"), usd("600.00"), "FEE_SCHEDULE",
                        62));

        PriceLookup.Found found = PriceLookup.find(rows, null, PAYER, PLAN);

        assertThat(found.prices()).isEqualTo(PriceFacts.NONE.withGrossCharge(usd("1200.00"))
                .withDiscountedCash(usd("700.00")).withNegotiatedPercentage(usd("150"))
                .withMethodology(Methodology.FEE_SCHEDULE).withEstimatedAmount(usd("512.00"))
                .withChargeRange(usd("310.00"), usd("940.00"))
                .withAlgorithm(usd("505.00"), usd("420.00"), usd("600.00")));
        // the estimated amount 512 × 20% = 102.40, not 150% of the gross 1,200 = 1,800 × 20% = 360
        assertThat(deductibleMetTwentyPercent(found.prices()).patientOwes()).isEqualTo(usd("102.40"));
    }

    /** One in-network surgery line on a plan whose deductible is met: the patient owes 20% of the allowed amount. */
    private static LineResult deductibleMetTwentyPercent(PriceFacts prices) {
        BenefitDesign plan = BenefitDesign.builder("CareFirst PPO").deductible(usd("0.00"), null).noOutOfPocketMax()
                .allCategories(CategoryRule.coinsurance(usd("0.20"), usd("0.40"))).build();
        Coverage coverage = Coverage.insured(plan, CoverageKind.SELF_ONLY, LocalDate.of(2026, 1, 1), Accumulators.NONE);
        ServiceLine line = ServiceLine.builder().provider("Harbor View Community Hospital").option("Surgery")
                .category(ServiceCategory.SURGERY).on(LocalDate.of(2026, 3, 23)).prices(prices).build();
        return new EstimateCalculator().estimate(coverage, List.of(line)).lines().get(0);
    }

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    /** A row of 71250 from file line {@code line}, gross 1,200.00 and cash 700.00 unless changed. */
    private static Row row(long line, String modifiers, String payer, String plan) {
        return new Row(line, modifiers, payer, plan);
    }

    /** Builds one hand-made row; only the columns the look-up reads. */
    private static final class Row {

        private final long line;
        private final String modifiers;
        private final String payer;
        private final String plan;
        private boolean adjustment;
        private BigDecimal gross = usd("1200.00");
        private BigDecimal cash = usd("700.00");
        private BigDecimal dollar;
        private BigDecimal percentage;
        private String algorithm;
        private BigDecimal median;
        private BigDecimal p10;
        private BigDecimal p90;
        private String methodology;

        private Row(long line, String modifiers, String payer, String plan) {
            this.line = line;
            this.modifiers = modifiers;
            this.payer = payer;
            this.plan = plan;
        }

        Row adjustment() {
            adjustment = true;
            return this;
        }

        Row gross(String amount) {
            gross = amount == null ? null : usd(amount);
            return this;
        }

        Row cash(String amount) {
            cash = amount == null ? null : usd(amount);
            return this;
        }

        Row dollar(String amount) {
            dollar = usd(amount);
            methodology = "FEE_SCHEDULE";
            return this;
        }

        Row percentage(String percent) {
            percentage = usd(percent);
            methodology = "PERCENT_OF_TOTAL_BILLED_CHARGES";
            return this;
        }

        Row algorithm(String median, String p10, String p90) {
            this.algorithm = "median of paid claims";
            this.median = usd(median);
            this.p10 = usd(p10);
            this.p90 = usd(p90);
            methodology = "OTHER";
            return this;
        }

        ScheduledCharge build() {
            return new ScheduledCharge(7L, "71250", "CPT", "CT chest without contrast", "OUTPATIENT", modifiers,
                    adjustment, gross, cash, null, null, payer, plan, dollar, percentage, algorithm, null, median, p10,
                    p90, methodology, line);
        }
    }
}
