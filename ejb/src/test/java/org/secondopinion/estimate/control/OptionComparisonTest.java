package org.secondopinion.estimate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.estimate.control.BillingFixtures.TWENTY_FORTY;
import static org.secondopinion.estimate.control.BillingFixtures.selfOnly;
import static org.secondopinion.estimate.control.BillingFixtures.usd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondopinion.estimate.entity.SecondOpinionRule;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.entity.PriceFacts;

/**
 * "What will the second opinion cost, and then each treatment option?" on a commercial plan, deductible 2,000.00
 * of which 1,200.00 is met (800.00 left), out-of-pocket maximum 5,000.00, 20% in network for everything:
 * <ul>
 *   <li>workup on 2 Feb: consultation 300 and pathology review 200 (negotiated);</li>
 *   <li>"Surgery" on 16 Mar: facility 4,000 and surgeon 2,500;</li>
 *   <li>"Physical therapy" on 6 Apr: 12 sessions at 90.</li>
 * </ul>
 * Every price also has a discounted cash price for the self-pay case.
 */
class OptionComparisonTest {

    private static final String WORKUP = "Second-opinion workup";
    private static final String SURGERY = "Surgery";
    private static final String THERAPY = "Physical therapy";
    private static final LocalDate FEB_2 = LocalDate.of(2026, 2, 2);
    private static final LocalDate MAR_16 = LocalDate.of(2026, 3, 16);
    private static final LocalDate APR_6 = LocalDate.of(2026, 4, 6);

    private static final ServiceLine CONSULTATION = line("Dr. Okafor", WORKUP, ServiceCategory.SECOND_OPINION,
            FEB_2, "300.00", "250.00").build();
    private static final ServiceLine PATHOLOGY = line("City Pathology", WORKUP, ServiceCategory.PATHOLOGY,
            FEB_2, "200.00", "150.00").build();
    private static final ServiceLine FACILITY = line("Riverside Surgical Center", SURGERY, ServiceCategory.FACILITY,
            MAR_16, "4000.00", "3200.00").build();
    private static final ServiceLine SURGEON = line("Dr. Rivera", SURGERY, ServiceCategory.SURGERY,
            MAR_16, "2500.00", "2000.00").build();
    private static final ServiceLine THERAPY_SESSIONS = line("Lakeside Rehab", THERAPY, ServiceCategory.OTHER,
            APR_6, "90.00", "60.00").units(12).build();

    private final EstimateCalculator calculator = new EstimateCalculator();

    @Test
    void estimatesTheWorkupAlone() {
        OptionComparison comparison = compare(commercial("1200.00", "1500.00"),
                List.of(CONSULTATION, PATHOLOGY, FACILITY, SURGEON, THERAPY_SESSIONS));

        // 800 of the deductible left: consultation 300 all deductible → 300 (500 left);
        // pathology 200 all deductible → 200 (300 left); the workup 500, nothing of the options in it
        assertThat(comparison.workup().lines()).extracting(LineResult::line).containsExactly(CONSULTATION, PATHOLOGY);
        assertThat(comparison.workup().lines()).extracting(LineResult::patientOwes)
                .containsExactly(usd("300.00"), usd("200.00"));
        assertThat(comparison.workupTotal(WORKUP).name()).isEqualTo(WORKUP);
        assertThat(comparison.workupTotal(WORKUP).patientOwes()).isEqualTo(usd("500.00"));
        assertThat(comparison.workup().total().patientOwes()).isEqualTo(usd("500.00"));
        // deductible 1,200 + 500 = 1,700; out of pocket 1,500 + 500 = 2,000
        assertThat(comparison.workup().metAfter())
                .isEqualTo(Accumulators.individual(usd("1700.00"), usd("2000.00")));
    }

    @Test
    void startsEachOptionFromTheAmountsTheWorkupMet() {
        OptionComparison comparison = compare(commercial("1200.00", "1500.00"),
                List.of(CONSULTATION, PATHOLOGY, FACILITY, SURGEON, THERAPY_SESSIONS));

        // after the workup 300 of the deductible is left (not 800: the workup's 500 is not charged again)
        // Surgery: facility 4,000 first: 300 + (4,000 − 300) × 20% = 300 + 740 = 1,040; surgeon 2,500 × 20% = 500
        //          → 1,540; with the workup 500 + 1,540 = 2,040
        // Physical therapy: 12 × 90 = 1,080: 300 + (1,080 − 300) × 20% = 300 + 156 = 456; with the workup 956
        //          (from the 800 left before the workup it would have been 800 + 56 = 856)
        assertThat(comparison.options()).extracting(OptionComparison.Option::name).containsExactly(SURGERY, THERAPY);
        OptionComparison.Option surgery = comparison.options().get(0);
        OptionComparison.Option therapy = comparison.options().get(1);
        assertThat(surgery.total().patientOwes()).isEqualTo(usd("1540.00"));
        assertThat(surgery.withWorkup().patientOwes()).isEqualTo(usd("2040.00"));
        assertThat(surgery.withWorkup().name()).isEqualTo("Surgery with the workup");
        assertThat(therapy.total().patientOwes()).isEqualTo(usd("456.00"));
        assertThat(therapy.withWorkup().patientOwes()).isEqualTo(usd("956.00"));
        // the option's estimate holds the workup's lines at the same amounts as the workup alone
        assertThat(surgery.estimate().option(WORKUP).patientOwes()).isEqualTo(usd("500.00"));
        assertThat(therapy.estimate().option(WORKUP).patientOwes()).isEqualTo(usd("500.00"));
        // facility: deductible 300, coinsurance 740; plan pays 4,000 − 1,040 = 2,960
        LineResult facility = comparison.lines().get(2);
        assertThat(facility.deductible()).isEqualTo(usd("300.00"));
        assertThat(facility.coinsurance()).isEqualTo(usd("740.00"));
        assertThat(facility.planPays()).isEqualTo(usd("2960.00"));
        // surgery: deductible 1,200 + 500 + 300 = 2,000; out of pocket 1,500 + 500 + 1,540 = 3,540
        assertThat(surgery.estimate().metAfter()).isEqualTo(Accumulators.individual(usd("2000.00"), usd("3540.00")));
        // therapy: deductible 2,000; out of pocket 1,500 + 500 + 456 = 2,456
        assertThat(therapy.estimate().metAfter()).isEqualTo(Accumulators.individual(usd("2000.00"), usd("2456.00")));
    }

    @Test
    void keepsEachOptionApartFromTheOthersWhateverTheirOrder() {
        Coverage coverage = commercial("1200.00", "1500.00");

        OptionComparison surgeryFirst = compare(coverage,
                List.of(CONSULTATION, PATHOLOGY, FACILITY, SURGEON, THERAPY_SESSIONS));
        OptionComparison therapyFirst = compare(coverage,
                List.of(THERAPY_SESSIONS, CONSULTATION, SURGEON, PATHOLOGY, FACILITY));

        // in one shared calculation the therapy (6 Apr, after the surgery) would find the deductible gone and owe
        // 1,080 × 20% = 216; apart, each option sees only the workup: surgery 1,540 and therapy 456 in either order
        assertThat(therapyFirst.options()).extracting(OptionComparison.Option::name)
                .containsExactly(THERAPY, SURGERY);
        for (OptionComparison comparison : List.of(surgeryFirst, therapyFirst)) {
            assertThat(option(comparison, SURGERY).total().patientOwes()).isEqualTo(usd("1540.00"));
            assertThat(option(comparison, SURGERY).withWorkup().patientOwes()).isEqualTo(usd("2040.00"));
            assertThat(option(comparison, THERAPY).total().patientOwes()).isEqualTo(usd("456.00"));
            assertThat(option(comparison, THERAPY).withWorkup().patientOwes()).isEqualTo(usd("956.00"));
            assertThat(comparison.workupTotal(WORKUP).patientOwes()).isEqualTo(usd("500.00"));
            // neither option's estimate holds a line of the other
            assertThat(option(comparison, SURGERY).estimate().lines()).extracting(LineResult::line)
                    .doesNotContain(THERAPY_SESSIONS);
            assertThat(option(comparison, THERAPY).estimate().lines()).extracting(LineResult::line)
                    .doesNotContain(FACILITY, SURGEON);
        }
    }

    @Test
    void alignsTheLineResultsWithTheRequest() {
        List<ServiceLine> request = List.of(SURGEON, CONSULTATION, THERAPY_SESSIONS, FACILITY, PATHOLOGY);

        OptionComparison comparison = compare(commercial("1200.00", "1500.00"), request);

        // surgeon 500; consultation 300; therapy 456; facility 1,040; pathology 200 (see above)
        assertThat(comparison.lines()).hasSameSizeAs(request);
        for (int i = 0; i < request.size(); i++) {
            assertThat(comparison.lines().get(i).line()).as("line " + i).isSameAs(request.get(i));
        }
        assertThat(comparison.lines()).extracting(LineResult::patientOwes).containsExactly(
                usd("500.00"), usd("300.00"), usd("456.00"), usd("1040.00"), usd("200.00"));
        assertThat(comparison.options()).extracting(OptionComparison.Option::name).containsExactly(SURGERY, THERAPY);
    }

    @Test
    void givesTheDiscountedCashPricesToASelfPayPatient() {
        OptionComparison comparison = compare(Coverage.selfPay(),
                List.of(CONSULTATION, PATHOLOGY, FACILITY, SURGEON, THERAPY_SESSIONS));

        // workup cash 250 + 150 = 400; surgery 3,200 + 2,000 = 5,200, with the workup 5,600;
        // therapy 12 × 60 = 720, with the workup 1,120; no negotiated rate, no deductible, the plan pays nothing
        assertThat(comparison.workupTotal(WORKUP).patientOwes()).isEqualTo(usd("400.00"));
        assertThat(option(comparison, SURGERY).total().patientOwes()).isEqualTo(usd("5200.00"));
        assertThat(option(comparison, SURGERY).withWorkup().patientOwes()).isEqualTo(usd("5600.00"));
        assertThat(option(comparison, THERAPY).total().patientOwes()).isEqualTo(usd("720.00"));
        assertThat(option(comparison, THERAPY).withWorkup().patientOwes()).isEqualTo(usd("1120.00"));
        assertThat(option(comparison, SURGERY).withWorkup().planPays()).isEqualTo(usd("0.00"));
        assertThat(comparison.lines()).extracting(LineResult::basis).containsOnly(PriceBasis.DISCOUNTED_CASH);
        assertThat(comparison.lines()).extracting(LineResult::patientOwes).containsExactly(
                usd("250.00"), usd("150.00"), usd("3200.00"), usd("2000.00"), usd("720.00"));
        assertThat(comparison.workup().coverageKind()).isEqualTo(CoverageKind.SELF_PAY);
    }

    @Test
    void comparesOptionsWithoutAWorkup() {
        OptionComparison comparison = compare(commercial("1200.00", "1500.00"),
                List.of(FACILITY, SURGEON, THERAPY_SESSIONS));

        // from the 800 left: facility 800 + (4,000 − 800) × 20% = 800 + 640 = 1,440; surgeon 500 → 1,940;
        // therapy 800 + (1,080 − 800) × 20% = 800 + 56 = 856; with no workup, "with the workup" is the option alone
        assertThat(comparison.workup().lines()).isEmpty();
        assertThat(comparison.workupTotal(WORKUP).patientOwes()).isEqualTo(usd("0.00"));
        assertThat(option(comparison, SURGERY).total().patientOwes()).isEqualTo(usd("1940.00"));
        assertThat(option(comparison, SURGERY).withWorkup().patientOwes()).isEqualTo(usd("1940.00"));
        assertThat(option(comparison, THERAPY).total().patientOwes()).isEqualTo(usd("856.00"));
        assertThat(option(comparison, THERAPY).withWorkup().patientOwes()).isEqualTo(usd("856.00"));
        assertThat(comparison.lines()).extracting(LineResult::patientOwes)
                .containsExactly(usd("1440.00"), usd("500.00"), usd("856.00"));
    }

    @Test
    void givesAWorkupWithoutOptions() {
        OptionComparison comparison = compare(commercial("1200.00", "1500.00"), List.of(PATHOLOGY, CONSULTATION));

        // consultation 300 first (the higher), then pathology 200: both all deductible
        assertThat(comparison.options()).isEmpty();
        assertThat(comparison.lines()).extracting(LineResult::patientOwes)
                .containsExactly(usd("200.00"), usd("300.00"));
        assertThat(comparison.workupTotal(WORKUP).patientOwes()).isEqualTo(usd("500.00"));
    }

    @Test
    void capsAnOptionAtTheOutOfPocketMaximum() {
        OptionComparison comparison = compare(commercial("1200.00", "4200.00"),
                List.of(CONSULTATION, PATHOLOGY, FACILITY, SURGEON, THERAPY_SESSIONS));

        // out of pocket 5,000 − 4,200 = 800 left; the workup's 500 leaves 300 (and 300 of the deductible)
        // Surgery: facility 300 + 740 = 1,040 capped at 300 (deductible 300, coinsurance 0), plan pays 3,700;
        //          surgeon: maximum met, owes 0, plan pays 2,500 → 300, with the workup 800
        // Physical therapy: 300 + 156 = 456 capped at 300, plan pays 780 → 300, with the workup 800
        assertThat(comparison.workupTotal(WORKUP).patientOwes()).isEqualTo(usd("500.00"));
        OptionComparison.Option surgery = option(comparison, SURGERY);
        assertThat(surgery.total().patientOwes()).isEqualTo(usd("300.00"));
        assertThat(surgery.withWorkup().patientOwes()).isEqualTo(usd("800.00"));
        assertThat(surgery.total().planPays()).isEqualTo(usd("6200.00"));
        assertThat(comparison.lines().get(2).deductible()).isEqualTo(usd("300.00"));
        assertThat(comparison.lines().get(2).coinsurance()).isEqualTo(usd("0.00"));
        assertThat(comparison.lines().get(3).patientOwes()).isEqualTo(usd("0.00"));
        assertThat(comparison.lines().get(3).explanation()).contains("out-of-pocket maximum already met: no cost share");
        assertThat(surgery.estimate().metAfter().individualOutOfPocketMet()).isEqualTo(usd("5000.00"));
        OptionComparison.Option therapy = option(comparison, THERAPY);
        assertThat(therapy.total().patientOwes()).isEqualTo(usd("300.00"));
        assertThat(therapy.withWorkup().patientOwes()).isEqualTo(usd("800.00"));
        assertThat(therapy.total().planPays()).isEqualTo(usd("780.00"));
    }

    record CapCase(String name, String surgeonAllowed, String optionOwes, String withWorkup) {

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The out-of-pocket maximum 5,600.00 (the plan of the report), deductible 2,000.00, 20%, nothing met. The
     * workup on 2 Feb: consultation 300 and imaging read 465, all deductible → 765 (1,235 of the deductible left,
     * 4,835 of the out-of-pocket maximum). The option "Surgery" is one surgeon's line on the same day, higher than
     * either workup line, so ordered by amount alone it would come first. From the workup's amounts met the
     * surgeon owes 1,235 + (allowed − 1,235) × 20%, capped at the 4,835 left; with the workup 765 more.
     */
    static Stream<CapCase> atTheOutOfPocketMaximum() {
        return Stream.of(
                // 1,235 + (19,234.95 − 1,235) × 20% = 1,235 + 3,599.99 = 4,834.99; with the workup 5,599.99
                new CapCase("one cent below the maximum", "19234.95", "4834.99", "5599.99"),
                // 1,235 + (19,235 − 1,235) × 20% = 1,235 + 3,600 = 4,835; with the workup exactly 5,600
                new CapCase("exactly at the maximum", "19235.00", "4835.00", "5600.00"),
                // 1,235 + 3,600.01 = 4,835.01, capped at the 4,835 left; with the workup 5,600
                new CapCase("one cent above the maximum", "19235.05", "4835.00", "5600.00"),
                // 1,235 + (30,000 − 1,235) × 20% = 6,988, capped at 4,835; with the workup 5,600 (priced before
                // the workup, the option alone came to 2,000 + 28,000 × 20% = 7,600 → 5,600, and 5,600 + 765 = 6,365)
                new CapCase("far above the maximum (the reported 6,365)", "30000.00", "4835.00", "5600.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("atTheOutOfPocketMaximum")
    void neverPassesTheOutOfPocketMaximumWithTheWorkup(CapCase c) {
        BenefitDesign plan = BenefitDesign.builder("Harbor Bronze PPO")
                .deductible(usd("2000.00"), usd("4000.00"))
                .outOfPocketMax(usd("5600.00"), usd("11200.00"))
                .allCategories(TWENTY_FORTY)
                .secondOpinion(SecondOpinionRule.COVERED)
                .build();
        ServiceLine consultation = line("Dr. Okafor", WORKUP, ServiceCategory.SECOND_OPINION, FEB_2, "300.00",
                "250.00").build();
        ServiceLine read = line("Harbor Imaging", WORKUP, ServiceCategory.IMAGING, FEB_2, "465.00", "400.00").build();
        ServiceLine surgeon = line("Dr. Rivera", SURGERY, ServiceCategory.SURGERY, FEB_2, c.surgeonAllowed(),
                c.surgeonAllowed()).build();

        OptionComparison comparison = compare(selfOnly(plan, "0.00", "0.00"), List.of(consultation, read, surgeon));

        OptionComparison.Option surgery = option(comparison, SURGERY);
        assertThat(comparison.workupTotal(WORKUP).patientOwes()).isEqualTo(usd("765.00"));
        assertThat(comparison.lines().get(2).patientOwes()).as("the surgeon's line").isEqualTo(usd(c.optionOwes()));
        assertThat(surgery.total().patientOwes()).as("the option").isEqualTo(usd(c.optionOwes()));
        assertThat(surgery.withWorkup().patientOwes()).as("with the workup").isEqualTo(usd(c.withWorkup()));
        // what the page shows (the workup's lines plus the option's) is the same figure, within the maximum
        BigDecimal shown = comparison.lines().stream().map(LineResult::patientOwes).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(shown).isEqualTo(usd(c.withWorkup())).isLessThanOrEqualTo(usd("5600.00"));
        // the workup's lines come out in the option's estimate as they did alone
        assertThat(surgery.estimate().option(WORKUP).patientOwes()).isEqualTo(usd("765.00"));
        assertThat(surgery.estimate().metAfter().individualOutOfPocketMet()).isEqualTo(usd(c.withWorkup()));
    }

    @Test
    void countsTheWorkupFirstEvenWhenTheOptionComesEarlier() {
        // the surgeon on 16 Mar before the workup's consultation on 6 Apr; 800 of the deductible and 800 of the
        // out-of-pocket maximum left: the workup alone 300 (all deductible); the surgeon 2,500 then starts from
        // 500 left of both: 500 deductible + (2,500 − 500) × 20% = 900, capped at 500; with the workup 800
        // (in date order the surgeon took all 800 first, and the page showed 800 + the workup's 300 = 1,100)
        ServiceLine consultation = line("Dr. Okafor", WORKUP, ServiceCategory.SECOND_OPINION, APR_6, "300.00",
                "250.00").build();
        OptionComparison comparison = compare(commercial("1200.00", "4200.00"), List.of(SURGEON, consultation));

        assertThat(comparison.lines()).extracting(LineResult::patientOwes).containsExactly(usd("500.00"),
                usd("300.00"));
        assertThat(option(comparison, SURGERY).withWorkup().patientOwes()).isEqualTo(usd("800.00"));
        assertThat(option(comparison, SURGERY).estimate().lines()).extracting(LineResult::line)
                .containsExactly(consultation, SURGEON);
    }

    @Test
    void keepsTheWorkupsProceduresApartFromTheOptionsInTheMultipleProcedureReduction() {
        // the workup's biopsy 400 and the option's excision 2,000 on one day by one surgeon, both reducible:
        // the workup is the same whatever the option, so neither reduces the other (each the highest of its group)
        ServiceLine biopsy = line("Dr. Rivera", WORKUP, ServiceCategory.SURGERY, FEB_2, "400.00", "300.00")
                .multipleProcedure().build();
        ServiceLine excision = line("Dr. Rivera", SURGERY, ServiceCategory.SURGERY, FEB_2, "2000.00", "1500.00")
                .multipleProcedure().build();

        OptionComparison comparison = compare(commercial("2000.00", "2000.00"), List.of(biopsy, excision));

        // deductible met: 400 × 20% = 80; 2,000 × 20% = 400
        assertThat(comparison.lines()).extracting(LineResult::allowed).containsExactly(usd("400.00"),
                usd("2000.00"));
        assertThat(comparison.lines()).extracting(LineResult::patientOwes).containsExactly(usd("80.00"),
                usd("400.00"));
        // with the workup what the page adds up: 80 + 400 = 480 (not the biopsy halved to 200 → 40 + 400)
        assertThat(option(comparison, SURGERY).withWorkup().patientOwes()).isEqualTo(usd("480.00"));
    }

    private OptionComparison compare(Coverage coverage, List<ServiceLine> request) {
        return OptionComparison.compare(calculator, coverage, WORKUP, request);
    }

    /** Deductible 2,000 / 4,000, out-of-pocket maximum 5,000 / 10,000, 20% in network, second opinions covered. */
    private static Coverage commercial(String deductibleMet, String outOfPocketMet) {
        BenefitDesign plan = BenefitDesign.builder("Lakeside Commercial PPO")
                .deductible(usd("2000.00"), usd("4000.00"))
                .outOfPocketMax(usd("5000.00"), usd("10000.00"))
                .allCategories(TWENTY_FORTY)
                .secondOpinion(SecondOpinionRule.COVERED)
                .build();
        return selfOnly(plan, deductibleMet, outOfPocketMet);
    }

    private static ServiceLine.Builder line(String provider, String option, ServiceCategory category, LocalDate on,
                                            String negotiated, String cash) {
        return ServiceLine.builder().provider(provider).option(option).category(category).on(on)
                .prices(PriceFacts.NONE.withNegotiatedDollar(usd(negotiated)).withDiscountedCash(usd(cash)));
    }

    private static OptionComparison.Option option(OptionComparison comparison, String name) {
        return comparison.options().stream().filter(option -> option.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + name));
    }
}
