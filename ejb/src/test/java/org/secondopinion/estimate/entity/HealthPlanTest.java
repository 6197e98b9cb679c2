package org.secondopinion.estimate.entity;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.secondopinion.estimate.control.PriceAdjustments;

/**
 * A plan as billing enters it (percentages written 20 for 20%) turned into the calculator's benefit design, and a
 * patient's coverage under it turned into the calculator's coverage with the amounts met.
 */
class HealthPlanTest {

    private static final Instant UPDATED = Instant.parse("2026-01-05T08:00:00Z");
    private static final LocalDate PLAN_YEAR = LocalDate.of(2026, 1, 1);
    /** This year's Part B deductible, as configuration would give it. */
    private static final BigDecimal PART_B_DEDUCTIBLE = usd("283.00");

    // ---- the plan -----------------------------------------------------------------------------

    @Test
    void turnsPercentagesIntoFractions() {
        BenefitDesign design = BenefitDesign.of(acmePpo(FamilyDeductible.EMBEDDED), PART_B_DEDUCTIBLE);

        // 20 → 0.2 and 40 → 0.4 for surgery; 12.5 → 0.125 for imaging; copays and flags as given
        CategoryRule surgery = design.rule(ServiceCategory.SURGERY);
        assertThat(surgery.covered()).isTrue();
        assertThat(surgery.inNetworkCoinsurance()).isEqualByComparingTo("0.2");
        assertThat(surgery.outOfNetworkCoinsurance()).isEqualByComparingTo("0.4");
        assertThat(surgery.deductibleApplies()).isTrue();
        assertThat(design.rule(ServiceCategory.IMAGING).inNetworkCoinsurance()).isEqualByComparingTo("0.125");
        CategoryRule visit = design.rule(ServiceCategory.OFFICE_VISIT);
        assertThat(visit.copay()).isEqualTo(usd("40.00"));
        assertThat(visit.inNetworkCoinsurance()).isEqualByComparingTo("0");
        assertThat(visit.deductibleApplies()).isFalse();
        assertThat(visit.copayAfterOutOfPocketMax()).isTrue();
        assertThat(visit.deductibleBeforeCopay()).isFalse();
        assertThat(visit.copayCountsTowardDeductible()).isFalse();
    }

    @Test
    void carriesTheDeductiblesMaximumsAndSecondOpinionRule() {
        BenefitDesign design = BenefitDesign.of(acmePpo(FamilyDeductible.EMBEDDED), PART_B_DEDUCTIBLE);

        assertThat(design.name()).isEqualTo("Acme Health · Acme PPO");
        assertThat(design.individualDeductible()).isEqualTo(usd("1500.00"));
        assertThat(design.familyDeductible()).isEqualTo(usd("3000.00"));
        assertThat(design.individualOutOfPocketMax()).isEqualTo(usd("6000.00"));
        assertThat(design.familyOutOfPocketMax()).isEqualTo(usd("12000.00"));
        assertThat(design.secondOpinion()).isEqualTo(SecondOpinionRule.NOT_COVERED);
    }

    @Test
    void coversNoCategoryThatIsNotGiven() {
        BenefitDesign design = BenefitDesign.of(acmePpo(FamilyDeductible.EMBEDDED), PART_B_DEDUCTIBLE);

        // given: office visit, surgery, imaging, and radiation marked not covered; the rest not given
        assertThat(design.rule(ServiceCategory.RADIATION)).isEqualTo(CategoryRule.NOT_COVERED);
        assertThat(design.rule(ServiceCategory.DRUG_THERAPY)).isEqualTo(CategoryRule.NOT_COVERED);
        assertThat(design.rule(ServiceCategory.SECOND_OPINION).covered()).isFalse();
        assertThat(design.categories()).hasSize(ServiceCategory.values().length);
    }

    @Test
    void takesTheFurtherProcedurePercentAsTheReductionFraction() {
        HealthPlan plan = acmePpo(FamilyDeductible.EMBEDDED);
        plan.design(usd("1500.00"), usd("3000.00"), FamilyDeductible.EMBEDDED, usd("6000.00"), usd("12000.00"),
                SecondOpinionRule.COVERED, usd("25.000"), List.of(), "billing.admin", UPDATED);

        PriceAdjustments adjustments = BenefitDesign.of(plan, PART_B_DEDUCTIBLE).adjustments();

        // 25 → 0.25; bilateral and the professional component stay Medicare's 150% and 40%
        assertThat(adjustments.additionalProcedure()).isEqualByComparingTo("0.25");
        assertThat(adjustments.bilateral()).isEqualByComparingTo("1.50");
        assertThat(adjustments.professionalComponent()).isEqualByComparingTo("0.40");
    }

    @Test
    void replacesTheCategoriesWhenTheDesignIsSetAgain() {
        HealthPlan plan = acmePpo(FamilyDeductible.EMBEDDED);

        plan.design(usd("1500.00"), usd("3000.00"), FamilyDeductible.EMBEDDED, usd("6000.00"), usd("12000.00"),
                SecondOpinionRule.COVERED, usd("50"), List.of(coinsurance(ServiceCategory.DRUG_THERAPY, "30")),
                "billing.admin", UPDATED);

        assertThat(plan.getCategories()).extracting(PlanCategory::getCategory)
                .containsExactly(ServiceCategory.DRUG_THERAPY);
        assertThat(BenefitDesign.of(plan, PART_B_DEDUCTIBLE).rule(ServiceCategory.SURGERY).covered()).isFalse();
        assertThat(BenefitDesign.of(plan, PART_B_DEDUCTIBLE).rule(ServiceCategory.DRUG_THERAPY).inNetworkCoinsurance())
                .isEqualByComparingTo("0.3");
    }

    @Test
    void listsItsCategoriesInTheOrderOfTheServiceCategories() {
        HealthPlan plan = acmePpo(FamilyDeductible.EMBEDDED);

        assertThat(plan.getCategories()).extracting(PlanCategory::getCategory).containsExactly(
                ServiceCategory.OFFICE_VISIT, ServiceCategory.IMAGING, ServiceCategory.SURGERY,
                ServiceCategory.RADIATION);
        assertThat(plan.category(ServiceCategory.IMAGING).getInNetworkCoinsurance()).isEqualTo(usd("12.5"));
        assertThat(plan.category(ServiceCategory.PATHOLOGY)).isNull();
    }

    @Test
    void givesMedicarePartBTheConfiguredDeductibleAndTwentyPercent() {
        HealthPlan medicare = medicare();

        BenefitDesign design = BenefitDesign.of(medicare, PART_B_DEDUCTIBLE);
        BenefitDesign nextYear = BenefitDesign.of(medicare, usd("301.00"));

        // whatever the plan row holds, Part B is the law's: this year's deductible, 20% for all, no cap
        assertThat(medicare.isMedicare()).isTrue();
        assertThat(design.individualDeductible()).isEqualTo(PART_B_DEDUCTIBLE);
        assertThat(nextYear.individualDeductible()).isEqualTo(usd("301.00"));
        assertThat(design.familyDeductible()).isNull();
        assertThat(design.individualOutOfPocketMax()).isNull();
        assertThat(design.familyOutOfPocketMax()).isNull();
        assertThat(design.secondOpinion()).isEqualTo(SecondOpinionRule.MEDICARE_PART_B);
        assertThat(design.categories().values()).allSatisfy(rule -> {
            assertThat(rule.covered()).isTrue();
            assertThat(rule.deductibleApplies()).isTrue();
            assertThat(rule.inNetworkCoinsurance()).isEqualByComparingTo("0.20");
            assertThat(rule.copay()).isEqualByComparingTo("0");
        });
    }

    // percentages become fractions exactly, whatever their decimals (the forms allow three)
    @Test
    void turnsAPercentageWithManyDecimalsIntoItsExactFraction() {
        HealthPlan plan = new HealthPlan("Acme Health", "Acme PPO", PlanKind.COMMERCIAL);
        plan.design(usd("1500.00"), null, FamilyDeductible.EMBEDDED, null, null, SecondOpinionRule.COVERED,
                usd("33.33333"), List.of(coinsurance(ServiceCategory.SURGERY, "12.34567")), "billing.admin", UPDATED);

        BenefitDesign design = BenefitDesign.of(plan, PART_B_DEDUCTIBLE);

        assertThat(design.rule(ServiceCategory.SURGERY).inNetworkCoinsurance()).isEqualByComparingTo("0.1234567");
        assertThat(design.adjustments().additionalProcedure()).isEqualByComparingTo("0.3333333");
    }

    // ---- the patient's coverage ---------------------------------------------------------------

    record CoverageCase(String name, HealthPlan plan, CoverageTier tier, CoverageKind kind) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<CoverageCase> coverageKinds() {
        return Stream.of(
                new CoverageCase("self-only on a family plan", acmePpo(FamilyDeductible.EMBEDDED),
                        CoverageTier.SELF_ONLY, CoverageKind.SELF_ONLY),
                new CoverageCase("family with an embedded deductible", acmePpo(FamilyDeductible.EMBEDDED),
                        CoverageTier.FAMILY, CoverageKind.FAMILY_EMBEDDED),
                new CoverageCase("family with an aggregate deductible", acmePpo(FamilyDeductible.AGGREGATE),
                        CoverageTier.FAMILY, CoverageKind.FAMILY_AGGREGATE),
                new CoverageCase("family on a plan without a family deductible", selfOnlyPlan(),
                        CoverageTier.FAMILY, CoverageKind.SELF_ONLY),
                new CoverageCase("Medicare, self-only", medicare(), CoverageTier.SELF_ONLY, CoverageKind.SELF_ONLY),
                new CoverageCase("Medicare is always self-only", medicare(), CoverageTier.FAMILY,
                        CoverageKind.SELF_ONLY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coverageKinds")
    void givesTheCalculatorTheKindOfCoverage(CoverageCase c) {
        PatientCoverage coverage = coverage(c.plan(), c.tier());

        Coverage calculated = Coverage.of(coverage, PART_B_DEDUCTIBLE);

        assertThat(calculated.kind()).isEqualTo(c.kind());
        assertThat(calculated.plan()).isEqualTo(BenefitDesign.of(c.plan(), PART_B_DEDUCTIBLE));
        assertThat(calculated.planYearStart()).isEqualTo(PLAN_YEAR);
    }

    @Test
    void carriesTheAmountsMet() {
        PatientCoverage coverage = coverage(acmePpo(FamilyDeductible.EMBEDDED), CoverageTier.FAMILY);

        Coverage calculated = Coverage.of(coverage, PART_B_DEDUCTIBLE);

        assertThat(calculated.met()).isEqualTo(new Accumulators(usd("500.00"), usd("1200.00"), usd("700.00"),
                usd("1500.00")));
        assertThat(calculated.isFamily()).isTrue();
        assertThat(coverage.displayName()).isEqualTo("Daniel Ortiz · Acme Health · Acme PPO");
        assertThat(coverage.getMetAsOf()).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    // ---- fixtures -----------------------------------------------------------------------------

    /**
     * Acme PPO: deductible 1,500 / 3,000, out-of-pocket maximum 6,000 / 12,000, no routine second opinions,
     * further procedures at 50%; office visit copay 40 (kept after the maximum), imaging 12.5%/30%,
     * surgery 20%/40%, radiation listed but not covered.
     */
    private static HealthPlan acmePpo(FamilyDeductible familyKind) {
        HealthPlan plan = new HealthPlan("Acme Health", "Acme PPO", PlanKind.COMMERCIAL);
        plan.design(usd("1500.00"), usd("3000.00"), familyKind, usd("6000.00"), usd("12000.00"),
                SecondOpinionRule.NOT_COVERED, usd("50.000"), List.of(
                        new PlanCategory(ServiceCategory.SURGERY, true, usd("0.00"), usd("20.000"), usd("40.000"),
                                true, false, false, false),
                        new PlanCategory(ServiceCategory.OFFICE_VISIT, true, usd("40.00"), usd("0.000"), usd("0.000"),
                                false, false, false, true),
                        new PlanCategory(ServiceCategory.RADIATION, false, usd("0.00"), usd("20.000"), usd("40.000"),
                                true, false, false, false),
                        new PlanCategory(ServiceCategory.IMAGING, true, usd("0.00"), usd("12.5"), usd("30"),
                                true, false, false, false)),
                "billing.admin", UPDATED);
        return plan;
    }

    private static HealthPlan selfOnlyPlan() {
        HealthPlan plan = new HealthPlan("Bluebird Insurance", "Bluebird Solo", PlanKind.COMMERCIAL);
        plan.design(usd("2000.00"), null, FamilyDeductible.EMBEDDED, usd("7000.00"), null,
                SecondOpinionRule.COVERED, usd("50"), List.of(coinsurance(ServiceCategory.SURGERY, "20")),
                "billing.admin", UPDATED);
        return plan;
    }

    /** A Part B row as the demo keeps it: figures of its own that the law's replace. */
    private static HealthPlan medicare() {
        HealthPlan plan = new HealthPlan("Medicare", "Original Medicare Part B", PlanKind.MEDICARE_PART_B);
        plan.design(usd("0.00"), usd("0.00"), FamilyDeductible.AGGREGATE, usd("9999.00"), null,
                SecondOpinionRule.COVERED, usd("50"), List.of(), "billing.admin", UPDATED);
        return plan;
    }

    private static PlanCategory coinsurance(ServiceCategory category, String percent) {
        return new PlanCategory(category, true, usd("0.00"), usd(percent), usd(percent), true, false, false, false);
    }

    /** Daniel Ortiz, deductible 500 met (family 1,200), out of pocket 700 (family 1,500) as of 27 Feb. */
    private static PatientCoverage coverage(HealthPlan plan, CoverageTier tier) {
        PatientCoverage coverage = new PatientCoverage("MRN-100871", "Daniel Ortiz", LocalDate.of(1978, 9, 2));
        coverage.cover(plan, "ACM-55120-02", tier, PLAN_YEAR);
        coverage.met(usd("500.00"), usd("1200.00"), usd("700.00"), usd("1500.00"), LocalDate.of(2026, 2, 27),
                "billing.clerk", UPDATED);
        return coverage;
    }

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }
}
