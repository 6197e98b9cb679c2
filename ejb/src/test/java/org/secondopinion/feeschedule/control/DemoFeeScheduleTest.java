package org.secondopinion.feeschedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secondopinion.directory.entity.Npi;
import org.secondopinion.feeschedule.entity.Methodology;

/** The sample fee schedule we ship (Lakeside General Hospital) is a clean CMS 3.0.0 tall file. */
class DemoFeeScheduleTest {

    private static final String RESOURCE = "/org/secondopinion/feeschedule/demo/lakeside-standard-charges.csv";
    private static final String NORTHWIND = "Northwind Gold PPO";
    private static final String CEDAR = "Cedar Silver HMO";
    private static final String MEDICARE = "Medicare Part B";

    private static Imported demo;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = DemoFeeScheduleTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            demo = Imported.read(in, PriceFileFormat.TALL_CSV, ImportLimits.DEFAULTS);
        }
    }

    @Test
    void readsEveryRowWithoutRejectionsOrWarnings() {
        ImportReport report = demo.report();

        assertThat(report.format()).isEqualTo(PriceFileFormat.TALL_CSV);
        assertThat(report.templateVersion()).isEqualTo(TemplateVersion.V3);
        assertThat(report.rejections()).isEmpty();
        assertThat(report.rejectedCount()).isZero();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.warningCount()).isZero();
        assertThat(report.rowsRead()).isEqualTo(60);
        assertThat(report.chargesAccepted()).isEqualTo(60);
        assertThat(report.modifierAdjustments()).isEqualTo(3);
    }

    @Test
    void takesTheHospitalAndDateFromTheGeneralHeader() {
        HospitalHeader hospital = demo.report().hospital();

        assertThat(demo.report().effectiveDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(hospital.hospitalName()).isEqualTo("Lakeside General Hospital");
        assertThat(hospital.version()).isEqualTo("3.0.0");
        assertThat(hospital.locationNames()).containsExactly("Lakeside General Hospital");
        assertThat(hospital.addresses()).containsExactly("100 Lake Shore Drive, Springfield, IL 62701");
        assertThat(hospital.licenseState()).isEqualTo("IL");
        assertThat(hospital.licenseNumber()).isEqualTo("0004471");
        assertThat(hospital.type2Npis()).containsExactly("1427051135");
        assertThat(hospital.attestationConfirmed()).isTrue();
        assertThat(hospital.attesterName()).isEqualTo("Dana Whitfield");
        assertThat(hospital.generalContractProvisions()).startsWith("Fictional hospital");
    }

    @Test
    void namesAType2NpiThatPassesItsCheckDigit() {
        // Npi.normalise refuses a number whose Luhn check digit (over the prefix 80840) is wrong
        assertThat(Npi.normalise(demo.report().hospital().type2Npis().get(0))).isEqualTo("1427051135");
    }

    @Test
    void namesOnlyTheThreePayerPlans() {
        assertThat(demo.charges()).extracting(c -> c.payerName() + " / " + c.planName()).containsOnly(
                "Northwind Health / " + NORTHWIND, "Cedar Mutual / " + CEDAR, "Medicare / " + MEDICARE);
    }

    @Test
    void pricesANewPatientVisitForNorthwindInDollars() {
        StandardCharge visit = demo.only(code("99204", "CPT").and(plan(NORTHWIND)));

        assertThat(visit.setting()).isEqualTo(CareSetting.OUTPATIENT);
        assertThat(visit.grossCharge()).isEqualByComparingTo("420");
        assertThat(visit.discountedCash()).isEqualByComparingTo("250");
        assertThat(visit.negotiatedDollar()).isEqualByComparingTo("228");
        assertThat(visit.methodology()).isEqualTo(Methodology.FEE_SCHEDULE);
        assertThat(visit.minimum()).isEqualByComparingTo("171.80");
        assertThat(visit.maximum()).isEqualByComparingTo("228");
    }

    @Test
    void pricesCedarPathologyAsAPercentageOfChargesWithItsAllowedAmounts() {
        StandardCharge review = demo.only(code("88321", "CPT").and(plan(CEDAR)));

        assertThat(review.negotiatedDollar()).isNull();
        assertThat(review.negotiatedPercentage()).isEqualByComparingTo("55");
        assertThat(review.methodology()).isEqualTo(Methodology.PERCENT_OF_TOTAL_BILLED_CHARGES);
        assertThat(review.count()).isEqualTo(AllowedAmountCount.exactly(14));
        assertThat(review.medianAmount()).isEqualByComparingTo("143");
        assertThat(review.percentile10()).isEqualByComparingTo("136.40");
        assertThat(review.percentile90()).isEqualByComparingTo("143");
        StandardCharge anesthesia = demo.only(code("01402", "CPT").and(plan(CEDAR)));
        assertThat(anesthesia.negotiatedPercentage()).isEqualByComparingTo("62.5");
    }

    @Test
    void pricesTheOutsideMriReadingBelowTheWholeExam() {
        StandardCharge reading = demo.only(code("73721", "CPT").and(plan(NORTHWIND)).and(c -> c.modifiers().equals(List.of("26"))));
        StandardCharge exam = demo.only(code("73721", "CPT").and(plan(NORTHWIND)).and(c -> c.modifiers().isEmpty()));

        assertThat(reading.negotiatedDollar()).isEqualByComparingTo("128");
        assertThat(reading.grossCharge()).isEqualByComparingTo("480");
        assertThat(reading.modifierAdjustment()).isFalse();
        assertThat(exam.negotiatedDollar()).isEqualByComparingTo("705");
        assertThat(reading.negotiatedDollar()).isLessThan(exam.negotiatedDollar());
        assertThat(reading.grossCharge()).isLessThan(exam.grossCharge());
    }

    @Test
    void pricesTheInpatientJointReplacementByMsDrgWithoutAMedicarePartBRow() {
        List<StandardCharge> stay = demo.where(c -> c.codes().stream().anyMatch(code -> code.code().equals("470")));

        assertThat(stay).hasSize(2).allSatisfy(charge -> {
            assertThat(charge.codes()).containsExactly(new ChargeCode("470", "MS-DRG"));
            assertThat(charge.setting()).isEqualTo(CareSetting.INPATIENT);
            assertThat(charge.methodology()).isEqualTo(Methodology.CASE_RATE);
        });
        assertThat(stay).extracting(StandardCharge::planName).containsExactly(NORTHWIND, CEDAR);
        assertThat(stay.get(0).negotiatedDollar()).isEqualByComparingTo("31500");
    }

    @Test
    void leavesMedicareOutOfTheConsultations() {
        assertThat(demo.where(code("99244", "CPT").or(code("99245", "CPT"))))
                .hasSize(4)
                .extracting(StandardCharge::planName).doesNotContain(MEDICARE);
    }

    @Test
    void explainsTheOtherMethodologyAndGivesTheAlgorithmItsAllowedAmounts() {
        StandardCharge drug = demo.only(code("J1030", "HCPCS").and(plan(CEDAR)));
        assertThat(drug.methodology()).isEqualTo(Methodology.OTHER);
        assertThat(drug.genericNotes()).contains("average sales price");
        assertThat(drug.drugUnit()).isEqualByComparingTo("1");
        assertThat(drug.drugType()).isEqualTo("UN");

        StandardCharge anesthesia = demo.only(code("01402", "CPT").and(plan(NORTHWIND)));
        assertThat(anesthesia.negotiatedAlgorithm()).startsWith("Allowed amount = ");
        assertThat(anesthesia.medianAmount()).isEqualByComparingTo("1230");
        assertThat(anesthesia.percentile10()).isEqualByComparingTo("1066");
        assertThat(anesthesia.percentile90()).isEqualByComparingTo("1476");
        assertThat(anesthesia.count()).isEqualTo(AllowedAmountCount.exactly(31));
    }

    @Test
    void adjustsBilateralProceduresByModifier50ForEachPlan() {
        List<StandardCharge> bilateral = demo.where(StandardCharge::modifierAdjustment);

        assertThat(bilateral).hasSize(3).allSatisfy(modifier -> {
            assertThat(modifier.codes()).isEmpty();
            assertThat(modifier.modifiers()).containsExactly("50");
            assertThat(modifier.negotiatedPercentage()).isEqualByComparingTo("150");
        });
        assertThat(bilateral).extracting(StandardCharge::planName).containsExactly(NORTHWIND, CEDAR, MEDICARE);
    }

    private static Predicate<StandardCharge> code(String code, String type) {
        return charge -> charge.codes().contains(new ChargeCode(code, type));
    }

    private static Predicate<StandardCharge> plan(String plan) {
        return charge -> plan.equals(charge.planName());
    }
}
