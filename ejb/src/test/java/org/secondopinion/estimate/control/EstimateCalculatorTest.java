package org.secondopinion.estimate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secondopinion.estimate.control.BillingFixtures.COPAY_40;
import static org.secondopinion.estimate.control.BillingFixtures.MARCH_2;
import static org.secondopinion.estimate.control.BillingFixtures.PLAN_YEAR_START;
import static org.secondopinion.estimate.control.BillingFixtures.acmePpo;
import static org.secondopinion.estimate.control.BillingFixtures.deductibleMet;
import static org.secondopinion.estimate.control.BillingFixtures.line;
import static org.secondopinion.estimate.control.BillingFixtures.met;
import static org.secondopinion.estimate.control.BillingFixtures.negotiated;
import static org.secondopinion.estimate.control.BillingFixtures.selfOnly;
import static org.secondopinion.estimate.control.BillingFixtures.usd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.entity.PriceFacts;

/** Estimates of several lines: their order, the amounts met carried between them, plan years and totals. */
class EstimateCalculatorTest {

    private final EstimateCalculator calculator = new EstimateCalculator();

    @Test
    void appliesTheLinesByDateThenHighestAllowedFirst() {
        Coverage coverage = selfOnly(acmePpo().build(), "1000.00", "1000.00");
        ServiceLine imaging = line(ServiceCategory.IMAGING, negotiated("300.00")).build();
        ServiceLine pathology = line(ServiceCategory.PATHOLOGY, negotiated("800.00")).build();
        ServiceLine visit = line(ServiceCategory.OTHER, negotiated("100.00")).on(MARCH_2.minusDays(1)).build();

        Estimate estimate = calculator.estimate(coverage, List.of(imaging, pathology, visit));

        // 1 March first: 100, all deductible (500 left) → 100, 400 left;
        // 2 March, pathology 800 before imaging 300: deductible 400 + (800 − 400) × 20% = 480; imaging 300 × 20% = 60
        assertThat(estimate.lines()).extracting(LineResult::line).containsExactly(visit, pathology, imaging);
        assertThat(estimate.lines()).extracting(LineResult::patientOwes)
                .containsExactly(usd("100.00"), usd("480.00"), usd("60.00"));
        assertThat(estimate.lines()).extracting(LineResult::position).containsExactly(2, 1, 0);
    }

    @Test
    void paysTheHighestOfMultipleProceduresInFullAndTheOthersAtHalf() {
        BenefitDesign plan = acmePpo().category(ServiceCategory.OFFICE_VISIT, COPAY_40).build();
        ServiceLine third = surgery("800.00").build();
        ServiceLine first = surgery("2000.00").build();
        ServiceLine second = surgery("1200.00").build();
        ServiceLine visit = line(ServiceCategory.OFFICE_VISIT, negotiated("180.00")).build();
        ServiceLine otherProvider = surgery("500.00").provider("Valley Anesthesia").build();
        ServiceLine otherDay = surgery("900.00").on(MARCH_2.plusDays(7)).build();

        Estimate estimate = calculator.estimate(deductibleMet(plan),
                List.of(third, first, second, visit, otherProvider, otherDay));

        // Dr. Rivera on 2 March: 2,000 at 100% → 20% = 400; 1,200 × 50% = 600 → 120; 800 × 50% = 400 → 80;
        // the visit is not flagged: copay 40; Valley Anesthesia's 500 and the 9 March 900 lead their own groups
        Map<ServiceLine, LineResult> results = byLine(estimate);
        assertThat(results.get(first).allowed()).isEqualTo(usd("2000.00"));
        assertThat(results.get(first).patientOwes()).isEqualTo(usd("400.00"));
        assertThat(results.get(second).allowed()).isEqualTo(usd("600.00"));
        assertThat(results.get(second).patientOwes()).isEqualTo(usd("120.00"));
        assertThat(results.get(third).allowed()).isEqualTo(usd("400.00"));
        assertThat(results.get(third).patientOwes()).isEqualTo(usd("80.00"));
        assertThat(results.get(visit).allowed()).isEqualTo(usd("180.00"));
        assertThat(results.get(otherProvider).allowed()).isEqualTo(usd("500.00"));
        assertThat(results.get(otherDay).allowed()).isEqualTo(usd("900.00"));
        assertThat(results.get(first).explanation())
                .contains("multiple procedures on 2026-03-02 by Dr. Rivera: the highest allowed is paid at 100%");
        assertThat(results.get(second).explanation()).contains("multiple-procedure reduction: not the highest"
                + " allowed procedure that day by Dr. Rivera, × 50% = 600.00");
        assertThat(String.join("\n", results.get(otherProvider).explanation())).doesNotContain("multiple");
        // reduced amounts order the day: 2,000, 600, 500, 400, 180
        assertThat(estimate.lines()).extracting(LineResult::line)
                .containsExactly(first, second, otherProvider, third, visit, otherDay);
    }

    @Test
    void takesTheMultipleProcedureFractionFromTheBenefitDesign() {
        BenefitDesign plan = acmePpo()
                .adjustments(PriceAdjustments.STANDARD.withAdditionalProcedure(usd("0.25")))
                .build();

        Estimate estimate = calculator.estimate(deductibleMet(plan),
                List.of(surgery("2000.00").build(), surgery("1200.00").build()));

        // 1,200 × 25% = 300 → 20% = 60
        assertThat(estimate.lines().get(1).allowed()).isEqualTo(usd("300.00"));
        assertThat(estimate.lines().get(1).patientOwes()).isEqualTo(usd("60.00"));
    }

    @Test
    void stopsChargingOnceTheOutOfPocketMaximumIsReachedMidEstimate() {
        Coverage coverage = selfOnly(acmePpo().build(), "1500.00", "5500.00");

        Estimate estimate = calculator.estimate(coverage, List.of(
                surgery("2000.00").on(LocalDate.of(2026, 4, 1)).build(),
                surgery("1500.00").on(LocalDate.of(2026, 4, 2)).build(),
                surgery("1000.00").on(LocalDate.of(2026, 4, 3)).build()));

        // 500 left of the maximum: 2,000 × 20% = 400 (100 left); 1,500 × 20% = 300 capped at 100; then nothing
        assertThat(estimate.lines()).extracting(LineResult::patientOwes)
                .containsExactly(usd("400.00"), usd("100.00"), usd("0.00"));
        assertThat(estimate.lines()).extracting(LineResult::planPays)
                .containsExactly(usd("1600.00"), usd("1400.00"), usd("1000.00"));
        assertThat(estimate.total().patientOwes()).isEqualTo(usd("500.00"));
        assertThat(estimate.metAfter().individualOutOfPocketMet()).isEqualTo(usd("6000.00"));
        assertThat(estimate.lines().get(1).explanation()).contains("out-of-pocket maximum reached on this line:"
                + " cost share 300.00 capped at the 100.00 left (copay 0.00, deductible 0.00, coinsurance 100.00)");
        assertThat(estimate.lines().get(2).explanation()).contains("out-of-pocket maximum already met: no cost share");
    }

    @Test
    void waivesTheCopayUntilTheDeductibleIsMetWhenTheDeductibleComesFirst() {
        CategoryRule deductibleFirst = CategoryRule.coinsurance(BigDecimal.ZERO, BigDecimal.ZERO)
                .withCopay(usd("40.00")).withDeductibleBeforeCopay();
        BenefitDesign plan = acmePpo().category(ServiceCategory.OFFICE_VISIT, deductibleFirst).build();

        Estimate estimate = calculator.estimate(selfOnly(plan, "1400.00", "1400.00"), visitsInMarchAndApril());

        // March: 100 of the deductible left, so no copay: deductible min(180, 100) = 100, 0% after → 100;
        // April: deductible met, copay 40
        assertThat(estimate.lines()).extracting(LineResult::copay).containsExactly(usd("0.00"), usd("40.00"));
        assertThat(estimate.lines()).extracting(LineResult::patientOwes).containsExactly(usd("100.00"), usd("40.00"));
        assertThat(estimate.lines().get(0).explanation())
                .contains("no copay yet: the deductible comes first and 100.00 of it is left");
    }

    @Test
    void chargesTheCopayBeforeTheDeductibleOtherwise() {
        CategoryRule copayFirst = CategoryRule.coinsurance(BigDecimal.ZERO, BigDecimal.ZERO).withCopay(usd("40.00"));
        BenefitDesign plan = acmePpo().category(ServiceCategory.OFFICE_VISIT, copayFirst).build();

        Estimate estimate = calculator.estimate(selfOnly(plan, "1400.00", "1400.00"), visitsInMarchAndApril());

        // March: copay 40, then deductible min(180 − 40, 100) = 100 → 140; April: copay 40
        assertThat(estimate.lines()).extracting(LineResult::copay).containsExactly(usd("40.00"), usd("40.00"));
        assertThat(estimate.lines()).extracting(LineResult::deductible).containsExactly(usd("100.00"), usd("0.00"));
        assertThat(estimate.lines()).extracting(LineResult::patientOwes).containsExactly(usd("140.00"), usd("40.00"));
    }

    @Test
    void meetsAnEmbeddedIndividualDeductibleBeforeTheFamilyOne() {
        BenefitDesign plan = acmePpo().build();
        Accumulators met = met("1400.00", "2000.00", "1400.00", "2000.00");
        List<ServiceLine> lines = List.of(
                surgery("750.00").build(), surgery("750.00").on(MARCH_2.plusDays(1)).build());

        Estimate embedded = calculator.estimate(
                Coverage.insured(plan, CoverageKind.FAMILY_EMBEDDED, PLAN_YEAR_START, met), lines);
        Estimate aggregate = calculator.estimate(
                Coverage.insured(plan, CoverageKind.FAMILY_AGGREGATE, PLAN_YEAR_START, met), lines);

        // embedded: min(100, 1,000) = 100 + (650 × 20% = 130) = 230; then met for the patient: 750 × 20% = 150
        assertThat(embedded.lines()).extracting(LineResult::patientOwes)
                .containsExactly(usd("230.00"), usd("150.00"));
        assertThat(embedded.total().patientOwes()).isEqualTo(usd("380.00"));
        // aggregate: family 1,000 left: 750 all deductible; then 250 + (500 × 20% = 100) = 350
        assertThat(aggregate.lines()).extracting(LineResult::patientOwes)
                .containsExactly(usd("750.00"), usd("350.00"));
        assertThat(aggregate.total().patientOwes()).isEqualTo(usd("1100.00"));
        assertThat(aggregate.metAfter().familyDeductibleMet()).isEqualTo(usd("3000.00"));
        assertThat(embedded.lines().get(0).explanation()).contains("deductible left (family, embedded) ="
                + " min(individual 1,500.00 − 1,400.00, family 3,000.00 − 2,000.00) = 100.00");
        assertThat(aggregate.lines().get(0).explanation())
                .contains("deductible left (family, aggregate) = family 3,000.00 − 2,000.00 = 1,000.00");
    }

    @Test
    void splitsServicesSpanningTwoPlanYearsAndResetsTheAmountsMet() {
        Coverage coverage = selfOnly(acmePpo().build(), "1500.00", "5900.00");
        ServiceLine surgery = surgery("2000.00").on(LocalDate.of(2026, 12, 15)).build();
        ServiceLine january = drug("1000.00", LocalDate.of(2027, 1, 10));
        ServiceLine february = drug("1000.00", LocalDate.of(2027, 2, 10));

        Estimate estimate = calculator.estimate(coverage, List.of(february, january, surgery));

        // 2026: 2,000 × 20% = 400, capped at the 100 left of the maximum → 100
        // 2027 from nothing met: January 1,000 all deductible → 1,000; February 500 deductible
        // + (1,000 − 500) × 20% = 100 → 600; the year 1,600
        assertThat(estimate.spansPlanYears()).isTrue();
        assertThat(estimate.lines()).extracting(LineResult::line).containsExactly(surgery, january, february);
        assertThat(estimate.lines()).extracting(LineResult::patientOwes)
                .containsExactly(usd("100.00"), usd("1000.00"), usd("600.00"));
        PlanYearEstimate year2026 = estimate.planYears().get(0);
        PlanYearEstimate year2027 = estimate.planYears().get(1);
        assertThat(year2026.start()).isEqualTo(PLAN_YEAR_START);
        assertThat(year2026.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(year2026.lines()).extracting(LineResult::line).containsExactly(surgery);
        assertThat(year2026.total().patientOwes()).isEqualTo(usd("100.00"));
        assertThat(year2026.metAtEnd()).isEqualTo(Accumulators.individual(usd("1500.00"), usd("6000.00")));
        assertThat(year2027.start()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(year2027.metAtStart()).isEqualTo(Accumulators.NONE);
        assertThat(year2027.total().patientOwes()).isEqualTo(usd("1600.00"));
        assertThat(year2027.lines()).extracting(LineResult::planYearStart).containsOnly(LocalDate.of(2027, 1, 1));
        assertThat(estimate.metAfter()).isEqualTo(Accumulators.individual(usd("1500.00"), usd("1600.00")));
        assertThat(estimate.total().patientOwes()).isEqualTo(usd("1700.00"));
        assertThat(estimate.lines().get(1).explanation().get(0))
                .isEqualTo("plan year from 2027-01-01: the amounts met reset to 0.00");
        assertThat(estimate.notes()).containsExactly("The services span 2 plan years (from 2026-01-01, from"
                + " 2027-01-01); the amounts met reset at the start of each, so each year is estimated on its own.");
    }

    @Test
    void startsFromNothingMetWhenAllServicesFallInTheNextPlanYear() {
        Coverage coverage = selfOnly(acmePpo().build(), "1500.00", "5900.00");

        Estimate estimate = calculator.estimate(coverage, List.of(drug("1000.00", LocalDate.of(2027, 3, 1))));

        // 2027 from nothing met: 1,000 all deductible
        assertThat(estimate.spansPlanYears()).isFalse();
        assertThat(estimate.total().patientOwes()).isEqualTo(usd("1000.00"));
        assertThat(estimate.notes())
                .containsExactly("All services fall in the plan year from 2027-01-01: the amounts met reset to 0.00.");
    }

    @Test
    void totalsEachOptionAndProviderWithTheirRanges() {
        CategoryRule copay60 = CategoryRule.coinsurance(BigDecimal.ZERO, BigDecimal.ZERO)
                .withCopay(usd("60.00")).withoutDeductible();
        BenefitDesign plan = acmePpo().category(ServiceCategory.SECOND_OPINION, copay60).build();
        Coverage coverage = Coverage.insured(plan, CoverageKind.FAMILY_EMBEDDED, PLAN_YEAR_START,
                met("500.00", "1200.00", "700.00", "1500.00"));
        LocalDate workup = LocalDate.of(2026, 2, 2);
        LocalDate operation = LocalDate.of(2026, 3, 16);
        List<ServiceLine> lines = List.of(
                workupLine("Dr. Okafor", ServiceCategory.SECOND_OPINION, negotiated("220.00"), workup),
                workupLine("Dr. Okafor", ServiceCategory.RECORD_REVIEW, negotiated("120.00"), workup),
                workupLine("City Pathology", ServiceCategory.PATHOLOGY,
                        PriceFacts.NONE.withAlgorithm(usd("150.00"), usd("100.00"), usd("210.00")), workup),
                surgery("8000.00").category(ServiceCategory.FACILITY).provider("Riverside Surgical Center")
                        .on(operation).build(),
                surgery("2400.00").on(operation).build(),
                surgery("600.00").category(ServiceCategory.ANESTHESIA).provider("Valley Anesthesia")
                        .on(operation).build(),
                ServiceLine.builder().provider("Oncology Infusion Center").option("Drug therapy")
                        .category(ServiceCategory.DRUG_THERAPY).on(LocalDate.of(2026, 4, 6)).units(4)
                        .prices(negotiated("750.00")).build());

        Estimate estimate = calculator.estimate(coverage, lines);

        // deductible left min(1,500 − 500, 3,000 − 1,200) = 1,000 at the start.
        // 2 Feb: opinion copay 60 (no deductible); pathology median 150 all deductible → 150 (range 100 to 210);
        //        record review 120 all deductible → 120 (850 left, whatever the pathology range)
        //        → workup 330, range 280 to 390
        // 16 Mar: deductible left 1,000 − 150 − 120 = 730: facility 730 + (8,000 − 730) × 20% = 1,454 → 2,184;
        //         surgeon 2,400 × 20% = 480; anesthesia 600 × 20% = 120 → surgery 2,784
        // 6 Apr: 4 × 750 = 3,000 × 20% = 600
        assertThat(estimate.byOption()).extracting(Total::name)
                .containsExactly("Second-opinion workup", "Surgery", "Drug therapy");
        assertTotal(estimate.option("Second-opinion workup"), "330.00", "280.00", "390.00");
        assertTotal(estimate.option("Surgery"), "2784.00", "2784.00", "2784.00");
        assertTotal(estimate.option("Drug therapy"), "600.00", "600.00", "600.00");
        assertThat(estimate.byProvider()).extracting(Total::name).containsExactly("Dr. Okafor", "City Pathology",
                "Riverside Surgical Center", "Dr. Rivera", "Valley Anesthesia", "Oncology Infusion Center");
        assertTotal(estimate.provider("Dr. Okafor"), "180.00", "180.00", "180.00");
        assertTotal(estimate.provider("City Pathology"), "150.00", "100.00", "210.00");
        assertTotal(estimate.provider("Riverside Surgical Center"), "2184.00", "2184.00", "2184.00");
        assertTotal(estimate.total(), "3714.00", "3664.00", "3774.00");
        // plan pays 160 + 0 + 0 + 5,816 + 1,920 + 480 + 2,400
        assertThat(estimate.total().planPays()).isEqualTo(usd("10776.00"));
        // deductible 500 + 150 + 120 + 730 = 1,500 (family 1,200 + 1,000 = 2,200);
        // out of pocket 700 + 60 + 150 + 120 + 2,184 + 480 + 120 + 600 = 4,414 (family 5,214)
        assertThat(estimate.metAfter()).isEqualTo(met("1500.00", "2200.00", "4414.00", "5214.00"));
        assertThat(estimate.lines()).allSatisfy(line -> {
            assertThat(line.costShare().add(line.planPays())).isEqualTo(line.allowed());
            assertThat(line.patientOwes()).isEqualTo(line.costShare().add(line.balanceBill()));
        });
        LineResult pathology = byLine(estimate).get(lines.get(2));
        assertThat(pathology.explanation()).contains(
                "range 100.00 to 210.00 (allowed at the 10th to 90th percentile, from the same amounts met)");
    }

    @Test
    void pricesASelfPayEstimateAtDiscountedCashWithoutAccumulators() {
        List<ServiceLine> lines = List.of(
                workupLine("Dr. Okafor", ServiceCategory.SECOND_OPINION,
                        PriceFacts.NONE.withDiscountedCash(usd("180.00")).withGrossCharge(usd("300.00")), MARCH_2),
                ServiceLine.builder().provider("City Imaging").option("Second-opinion workup")
                        .category(ServiceCategory.IMAGING).on(MARCH_2).modifiers("26")
                        .prices(PriceFacts.NONE.withGrossCharge(usd("400.00"))).build(),
                ServiceLine.builder().provider("Dr. Okafor").option("Second-opinion workup")
                        .category(ServiceCategory.RECORD_REVIEW).on(MARCH_2).units(2)
                        .prices(PriceFacts.NONE.withDiscountedCash(usd("50.00"))).build(),
                surgery("0.00").prices(PriceFacts.NONE.withDiscountedCash(usd("1000.00"))).build(),
                surgery("0.00").prices(PriceFacts.NONE.withDiscountedCash(usd("600.00"))).build());

        Estimate estimate = calculator.estimate(Coverage.selfPay(), lines);

        // cash 180; gross 400 × 40% (modifier 26) = 160; cash 50 × 2 = 100; surgeries at their cash prices
        // 1,000 and 600 (the multiple-procedure reduction is a payer's rule); workup 440, total 2,040
        assertThat(estimate.coverageKind()).isEqualTo(CoverageKind.SELF_PAY);
        assertThat(byLine(estimate).get(lines.get(1)).patientOwes()).isEqualTo(usd("160.00"));
        assertThat(byLine(estimate).get(lines.get(1)).basis()).isEqualTo(PriceBasis.GROSS_CHARGE);
        assertTotal(estimate.option("Second-opinion workup"), "440.00", "440.00", "440.00");
        assertTotal(estimate.option("Surgery"), "1600.00", "1600.00", "1600.00");
        assertThat(estimate.total().patientOwes()).isEqualTo(usd("2040.00"));
        assertThat(estimate.total().planPays()).isEqualTo(usd("0.00"));
        assertThat(estimate.lines()).allSatisfy(line -> {
            assertThat(line.covered()).isFalse();
            assertThat(line.planYearStart()).isNull();
        });
        assertThat(estimate.planYears()).isEmpty();
        assertThat(estimate.metAfter()).isEqualTo(Accumulators.NONE);
        assertThat(estimate.notes()).singleElement().asString().startsWith("Self-pay");
    }

    @Test
    void givesAnEmptyEstimateForNoLines() {
        Estimate estimate = calculator.estimate(deductibleMet(acmePpo().build()), List.of());

        assertThat(estimate.lines()).isEmpty();
        assertThat(estimate.total().patientOwes()).isEqualTo(usd("0.00"));
        assertThat(estimate.metAfter()).isEqualTo(deductibleMet(acmePpo().build()).met());
    }

    @Test
    void refusesAServiceBeforeThePlanYear() {
        ServiceLine lastYear = surgery("100.00").on(LocalDate.of(2025, 12, 31)).build();

        assertThatThrownBy(() -> calculator.estimate(deductibleMet(acmePpo().build()), List.of(lastYear)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the plan year starting 2026-01-01");
    }

    @Test
    void refusesFamilyCoverageOnAPlanWithoutAFamilyDeductible() {
        BenefitDesign selfOnlyPlan = acmePpo().deductible(usd("1500.00"), null).build();

        assertThatThrownBy(() -> Coverage.insured(selfOnlyPlan, CoverageKind.FAMILY_EMBEDDED, PLAN_YEAR_START,
                Accumulators.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesABenefitDesignMissingACategory() {
        assertThatThrownBy(() -> BenefitDesign.builder("Partial")
                .category(ServiceCategory.SURGERY, BillingFixtures.TWENTY_FORTY).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no rule for office visit");
    }

    @Test
    void refusesACoinsuranceRateWrittenAsAPercentage() {
        assertThatThrownBy(() -> CategoryRule.coinsurance(usd("20"), usd("40")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ServiceLine.Builder surgery(String negotiated) {
        return line(ServiceCategory.SURGERY, negotiated(negotiated)).multipleProcedure();
    }

    private static ServiceLine drug(String negotiated, LocalDate on) {
        return line(ServiceCategory.DRUG_THERAPY, negotiated(negotiated)).option("Drug therapy").on(on).build();
    }

    private static ServiceLine workupLine(String provider, ServiceCategory category, PriceFacts prices, LocalDate on) {
        return ServiceLine.builder().provider(provider).option("Second-opinion workup").category(category).on(on)
                .prices(prices).build();
    }

    private static List<ServiceLine> visitsInMarchAndApril() {
        return List.of(line(ServiceCategory.OFFICE_VISIT, negotiated("180.00")).build(),
                line(ServiceCategory.OFFICE_VISIT, negotiated("180.00")).on(LocalDate.of(2026, 4, 6)).build());
    }

    private static Map<ServiceLine, LineResult> byLine(Estimate estimate) {
        Map<ServiceLine, LineResult> results = new java.util.IdentityHashMap<>();
        estimate.lines().forEach(result -> results.put(result.line(), result));
        return results;
    }

    private static void assertTotal(Total total, String owes, String low, String high) {
        assertThat(total.patientOwes()).as(total.name() + " owes").isEqualTo(usd(owes));
        assertThat(total.low()).as(total.name() + " low").isEqualTo(usd(low));
        assertThat(total.high()).as(total.name() + " high").isEqualTo(usd(high));
    }
}
