package org.secondopinion.estimate.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.CoverageTier;
import org.secondopinion.estimate.entity.EstimateLine;
import org.secondopinion.estimate.entity.FamilyDeductible;
import org.secondopinion.estimate.entity.HealthPlan;
import org.secondopinion.estimate.entity.NetworkStatus;
import org.secondopinion.estimate.entity.OpinionPurpose;
import org.secondopinion.estimate.entity.PatientCoverage;
import org.secondopinion.estimate.entity.PlanCategory;
import org.secondopinion.estimate.entity.PlanKind;
import org.secondopinion.estimate.entity.SecondOpinionRule;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.entity.FeeSchedule;
import org.secondopinion.feeschedule.entity.PriceFacts;

/**
 * "With the workup" as the page, the API and the PDF show it, from the results the estimate's lines keep after
 * {@link EstimateLines#recalculate}: on a plan with an out-of-pocket maximum of 5,600.00 (deductible 2,000.00, 20%,
 * nothing met), the workup (consultation 300 and imaging read 465, all deductible: 765) and one surgeon's line
 * on the same day, higher than either workup line. From the workup's amounts met the surgeon owes
 * 1,235 + (allowed − 1,235) × 20%, capped at the 4,835 left.
 */
class EstimateSheetTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);


    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);

    record Case(String name, String surgeonAllowed, String option, String withWorkup) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> atTheOutOfPocketMaximum() {
        return Stream.of(
                // 1,235 + (19,234.95 − 1,235) × 20% = 1,235 + 3,599.99 = 4,834.99; with the workup 5,599.99
                new Case("one cent below", "19234.95", "4834.99", "5599.99"),
                // 1,235 + 3,600 = 4,835; with the workup exactly 5,600
                new Case("exactly at", "19235.00", "4835.00", "5600.00"),
                // 1,235 + 3,600.01 = 4,835.01 → 4,835; with the workup 5,600
                new Case("one cent above", "19235.05", "4835.00", "5600.00"),
                // 1,235 + 5,753 = 6,988 → 4,835; with the workup 5,600 (the report: 5,600 + 765 = 6,365)
                new Case("far above", "30000.00", "4835.00", "5600.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("atTheOutOfPocketMaximum")
    void showsTheOptionWithTheWorkupWithinTheOutOfPocketMaximum(Case c) {
        CostEstimate estimate = estimate();
        estimate.add(line(CostEstimate.WORKUP, true, ServiceCategory.SECOND_OPINION, "99204", "300.00"));
        estimate.add(line(CostEstimate.WORKUP, true, ServiceCategory.IMAGING, "70553", "465.00"));
        estimate.add(line("Surgery", false, ServiceCategory.SURGERY, "27447", c.surgeonAllowed()));
        EstimateLines estimates = new EstimateLines();
        estimates.plans = new HealthPlans();
        estimates.clock = TODAY;
        estimates.plans.clock = TODAY;

        estimates.recalculate(estimate);
        EstimateSheet sheet = EstimateSheet.of(estimate);

        EstimateSheet.OptionTotal workup = sheet.options().stream().filter(EstimateSheet.OptionTotal::workup)
                .findFirst().orElseThrow();
        EstimateSheet.OptionTotal surgery = sheet.options().stream().filter(o -> o.name().equals("Surgery"))
                .findFirst().orElseThrow();
        assertThat(workup.patientOwes()).isEqualTo(new BigDecimal("765.00"));
        assertThat(surgery.patientOwes()).isEqualTo(new BigDecimal(c.option()));
        assertThat(surgery.withWorkup()).isEqualTo(new BigDecimal(c.withWorkup()))
                .isLessThanOrEqualTo(new BigDecimal("5600.00"));
    }

    /**
     * Per option and for the whole estimate, on the same plan: workup 765 (all deductible: owes 765, plan pays 0,
     * allowed 765), a therapy option of 1,000 and a surgeon's option; each option starts from the 765 the workup
     * met, so 1,235 of the deductible is left.
     */
    record TotalCase(String name, String surgeonAllowed, String surgeryOwes, String surgeryPlanPays,
                     String surgeryWithWorkup, String basis, String totalOwes, String totalPlanPays,
                     String totalAllowed, String totalLow, String totalHigh) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<TotalCase> totals() {
        return Stream.of(
                // surgery 1,235 + (19,235 − 1,235) × 20% = 4,835, plan pays 19,235 − 4,835 = 14,400; with the
                // workup 765 + 4,835 = 5,600 (the maximum), allowed 765 + 19,235 = 20,000.
                // therapy: 1,000 all deductible; with the workup 1,765, plan pays 0.
                // whole: the surgery costs most (5,600); range 1,765 (therapy) to 5,600 (surgery)
                new TotalCase("surgery costs most", "19235.00", "4835.00", "14400.00", "5600.00", "Surgery",
                        "5600.00", "14400.00", "20000.00", "1765.00", "5600.00"),
                // surgery 5,000: 1,235 + (5,000 − 1,235) × 20% = 1,235 + 753 = 1,988, plan pays 3,012; with the
                // workup 2,753, allowed 5,765; range 1,765 (therapy) to 2,753
                new TotalCase("surgery past the deductible", "5000.00", "1988.00", "3012.00", "2753.00", "Surgery",
                        "2753.00", "3012.00", "5765.00", "1765.00", "2753.00"),
                // surgery 500, all deductible: owes 500, plan pays 0, with the workup 1,265; the therapy's 1,765
                // is now the most: the whole comes to 1,765, plan pays 0, allowed 765 + 1,000 = 1,765
                new TotalCase("therapy costs most", "500.00", "500.00", "0.00", "1265.00", "Therapy",
                        "1765.00", "0.00", "1765.00", "1265.00", "1765.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("totals")
    void totalsEachOptionAndTheWholeEstimate(TotalCase c) {
        CostEstimate estimate = estimate();
        estimate.add(line(CostEstimate.WORKUP, true, ServiceCategory.SECOND_OPINION, "99204", "300.00"));
        estimate.add(line(CostEstimate.WORKUP, true, ServiceCategory.IMAGING, "70553", "465.00"));
        estimate.add(line("Surgery", false, ServiceCategory.SURGERY, "27447", c.surgeonAllowed()));
        estimate.add(line("Therapy", false, ServiceCategory.OTHER, "97110", "1000.00"));
        EstimateLines estimates = new EstimateLines();
        estimates.plans = new HealthPlans();
        estimates.clock = TODAY;
        estimates.plans.clock = TODAY;

        estimates.recalculate(estimate);
        EstimateSheet sheet = EstimateSheet.of(estimate);

        EstimateSheet.OptionTotal workup = option(sheet, CostEstimate.WORKUP);
        assertThat(List.of(workup.patientOwes(), workup.planPays(), workup.allowed()))
                .containsExactly(usd("765.00"), usd("0.00"), usd("765.00"));
        EstimateSheet.OptionTotal surgery = option(sheet, "Surgery");
        assertThat(surgery.patientOwes()).isEqualTo(usd(c.surgeryOwes()));
        assertThat(surgery.planPays()).isEqualTo(usd(c.surgeryPlanPays()));
        // allowed = patient owes (no balance bill) + plan pays = the surgeon's allowed amount
        assertThat(surgery.allowed()).isEqualTo(usd(c.surgeonAllowed()));
        assertThat(surgery.withWorkup()).isEqualTo(usd(c.surgeryWithWorkup()));
        assertThat(surgery.withWorkupAllowed()).isEqualTo(usd(c.surgeonAllowed()).add(usd("765.00")));
        EstimateSheet.OptionTotal therapy = option(sheet, "Therapy");
        assertThat(List.of(therapy.patientOwes(), therapy.planPays(), therapy.allowed(), therapy.withWorkup()))
                .containsExactly(usd("1000.00"), usd("0.00"), usd("1000.00"), usd("1765.00"));

        EstimateSheet.EstimateTotal total = sheet.total();
        assertThat(total.basis()).isEqualTo(c.basis());
        assertThat(List.of(total.patientOwes(), total.planPays(), total.allowed(), total.low(), total.high()))
                .containsExactly(usd(c.totalOwes()), usd(c.totalPlanPays()), usd(c.totalAllowed()),
                        usd(c.totalLow()), usd(c.totalHigh()));
    }

    @org.junit.jupiter.api.Test
    void totalsAnEstimateWithOnlyTheWorkupAsTheWorkup() {
        CostEstimate estimate = estimate();
        // 300 + 465 = 765, all toward the 2,000 deductible
        estimate.add(line(CostEstimate.WORKUP, true, ServiceCategory.SECOND_OPINION, "99204", "300.00"));
        estimate.add(line(CostEstimate.WORKUP, true, ServiceCategory.IMAGING, "70553", "465.00"));
        EstimateLines estimates = new EstimateLines();
        estimates.plans = new HealthPlans();
        estimates.clock = TODAY;
        estimates.plans.clock = TODAY;

        estimates.recalculate(estimate);
        EstimateSheet.EstimateTotal total = EstimateSheet.of(estimate).total();

        assertThat(total.basis()).isEqualTo(CostEstimate.WORKUP);
        assertThat(List.of(total.patientOwes(), total.planPays(), total.allowed(), total.low(), total.high()))
                .containsExactly(usd("765.00"), usd("0.00"), usd("765.00"), usd("765.00"), usd("765.00"));
        assertThat(total.hasRange()).isFalse();
    }

    private static EstimateSheet.OptionTotal option(EstimateSheet sheet, String name) {
        return sheet.options().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    private static CostEstimate estimate() {
        HealthPlan plan = new HealthPlan("Harbor Health", "Harbor Bronze PPO", PlanKind.COMMERCIAL);
        List<PlanCategory> categories = Stream.of(ServiceCategory.values()).map(category -> new PlanCategory(category,
                true, BigDecimal.ZERO, new BigDecimal("20"), new BigDecimal("40"), true, false, false, false)).toList();
        plan.design(new BigDecimal("2000.00"), null, FamilyDeductible.EMBEDDED, new BigDecimal("5600.00"), null,
                SecondOpinionRule.COVERED, new BigDecimal("50"), categories, "billing.admin", AT);
        PatientCoverage coverage = new PatientCoverage("MRN-100871", "Daniel Ortiz", LocalDate.of(1978, 9, 2));
        coverage.cover(plan, "HB-1", CoverageTier.SELF_ONLY, LocalDate.of(2026, 1, 1));
        coverage.met(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, LocalDate.of(2026, 3, 1),
                "billing.clerk", AT);
        FeeSchedule schedule = new FeeSchedule("harbor.csv", "a".repeat(64), "b".repeat(64), 4096, "billing.admin", AT);
        return new CostEstimate("MRN-100871", "Daniel Ortiz", LocalDate.of(1978, 9, 2), null, coverage, schedule,
                "billing.clerk", AT);
    }

    private static EstimateLine line(String option, boolean workup, ServiceCategory category, String code,
                                     String negotiated) {
        EstimateLine line = new EstimateLine(option, workup, new EstimateLine.Provider("Harbor Hospital", null, null,
                null, null), category, code, "CPT", "plain-language description of " + code, null, DAY, 1, null,
                NetworkStatus.IN_NETWORK, false, OpinionPurpose.ROUTINE);
        line.priced(PriceFacts.NONE.withNegotiatedDollar(new BigDecimal(negotiated)), "fee schedule line 12");
        return line;
    }
}
