package org.secondopinion.billing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.billing.control.BillingFixtures.TWENTY_FORTY;
import static org.secondopinion.billing.control.BillingFixtures.selfOnly;
import static org.secondopinion.billing.control.BillingFixtures.usd;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

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
