package org.secondopinion.feeschedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.secondopinion.feeschedule.entity.Methodology;

/** The official CMS version 3.0.0 examples, in all three layouts. */
class CmsExampleFilesTest {

    @Test
    void readsTheTallExampleWithEveryRowAccepted() throws Exception {
        Imported tall = Imported.resource("cms-v3-example-tall.csv");

        ImportReport report = tall.report();
        assertThat(report.format()).isEqualTo(PriceFileFormat.TALL_CSV);
        assertThat(report.templateVersion()).isEqualTo(TemplateVersion.V3);
        assertThat(report.rowsRead()).isEqualTo(45);
        assertThat(report.chargesAccepted()).isEqualTo(45);
        assertThat(report.modifierAdjustments()).isEqualTo(6);
        assertThat(report.rejectedCount()).isZero();
        assertThat(report.rejections()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(tall.charges()).hasSize(45);
    }

    @Test
    void takesTheEffectiveDateAndHospitalFromTheGeneralHeader() throws Exception {
        ImportReport report = Imported.resource("cms-v3-example-tall.csv").report();

        // the example writes last_updated_on as 4/1/2026
        assertThat(report.effectiveDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        HospitalHeader hospital = report.hospital();
        assertThat(hospital.hospitalName()).isEqualTo("West Mercy Hospital");
        assertThat(hospital.version()).isEqualTo("3.0.0");
        assertThat(hospital.locationNames()).containsExactly("West Mercy Hospital", "West Mercy Surgical Center");
        assertThat(hospital.addresses()).containsExactly("12 Main Street, Fullerton, CA  92832", "23 Ocean Ave, San Jose, CA 94088");
        assertThat(hospital.licenseNumber()).isEqualTo("50056");
        assertThat(hospital.licenseState()).isEqualTo("CA");
        assertThat(hospital.type2Npis()).containsExactly("0000000001", "0000000002", "0000000003");
        assertThat(hospital.attesterName()).isEqualTo("Leigh Attester");
        assertThat(hospital.attestationConfirmed()).isTrue();
        assertThat(hospital.generalContractProvisions()).startsWith("When total claim charges exceed $200,000.00");
        assertThat(report.summary()).isEqualTo("West Mercy Hospital, tall CSV version 3.0.0, effective 2026-04-01: "
                + "45 rows read, 45 charges accepted (6 modifier adjustments), 0 rejected, 0 warnings.");
    }

    @Test
    void readsATallRowIntoOneChargeWithItsCodePairs() throws Exception {
        StandardCharge mri = Imported.resource("cms-v3-example-tall.csv").atLine(4);

        assertThat(mri.description()).isEqualTo("MRI of brain (no contrast)");
        assertThat(mri.codes()).containsExactly(new ChargeCode("611", "RC"), new ChargeCode("70551", "CPT"));
        assertThat(mri.setting()).isEqualTo(CareSetting.OUTPATIENT);
        assertThat(mri.grossCharge()).isEqualByComparingTo("1200");
        assertThat(mri.discountedCash()).isEqualByComparingTo("1080");
        assertThat(mri.payerName()).isEqualTo("Platform Health Insurance");
        assertThat(mri.planName()).isEqualTo("PPO");
        assertThat(mri.negotiatedDollar()).isEqualByComparingTo("400");
        assertThat(mri.minimum()).isEqualByComparingTo("250");
        assertThat(mri.maximum()).isEqualByComparingTo("400");
        assertThat(mri.methodology()).isEqualTo(Methodology.FEE_SCHEDULE);
        assertThat(mri.location()).isEqualTo("line 4");
    }

    @Test
    void keepsPercentagesAsWritten() throws Exception {
        Imported tall = Imported.resource("cms-v3-example-tall.csv");

        StandardCharge emergency = tall.only(c -> c.description().equals("ER level 3") && c.planName().equals("PPO"));
        assertThat(emergency.negotiatedPercentage()).isEqualByComparingTo("80");
        assertThat(emergency.count()).isEqualTo(AllowedAmountCount.exactly(299));
        assertThat(emergency.medianAmount()).isEqualByComparingTo("12000.12");
        assertThat(emergency.percentile10()).isEqualByComparingTo("5123.74");
        assertThat(emergency.percentile90()).isEqualByComparingTo("16784.22");
        StandardCharge coSurgeon = tall.only(c -> c.description().equals("Co-surgeon") && c.planName().equals("PPO"));
        assertThat(coSurgeon.negotiatedPercentage()).isEqualByComparingTo("62.5");
    }

    @Test
    void readsMaskedCountsAlgorithmsAndCountZero() throws Exception {
        Imported tall = Imported.resource("cms-v3-example-tall.csv");

        StandardCharge cesarean = tall.atLine(14);
        assertThat(cesarean.negotiatedAlgorithm()).isEqualTo("Allowed amount = $8,000 + MAX (0, ($3,000 x (covered days - 4))");
        assertThat(cesarean.count()).isEqualTo(AllowedAmountCount.ONE_THROUGH_TEN);
        StandardCharge transplant = tall.only(c -> c.codes().contains(new ChargeCode("001", "MS-DRG")) && c.planName().equals("HMO"));
        assertThat(transplant.count().isZero()).isTrue();
        assertThat(transplant.medianAmount()).isNull();
        assertThat(transplant.methodology()).isEqualTo(Methodology.OTHER);
        assertThat(transplant.genericNotes()).contains("No services performed during 15-month lookback period.");
    }

    @Test
    void readsModifierRowsAsModifierAdjustments() throws Exception {
        Imported tall = Imported.resource("cms-v3-example-tall.csv");

        List<StandardCharge> modifiers = tall.where(StandardCharge::modifierAdjustment);
        assertThat(modifiers).hasSize(6).allSatisfy(modifier -> assertThat(modifier.codes()).isEmpty());
        StandardCharge bilateralWithCoSurgeon = tall.atLine(35);
        assertThat(bilateralWithCoSurgeon.modifiers()).containsExactly("50", "62");
        assertThat(bilateralWithCoSurgeon.negotiatedPercentage()).isEqualByComparingTo("93.75");
        assertThat(bilateralWithCoSurgeon.methodology()).isNull();
    }

    @Test
    void readsDrugUnitsOfNdcCodes() throws Exception {
        StandardCharge fluconazole = Imported.resource("cms-v3-example-tall.csv")
                .only(c -> c.description().startsWith("Fluconazole") && c.planName().equals("PPO"));

        assertThat(fluconazole.codes()).containsExactly(new ChargeCode("J1450", "HCPCS"), new ChargeCode("25021-0184-82", "NDC"));
        assertThat(fluconazole.drugUnit()).isEqualByComparingTo("100");
        assertThat(fluconazole.drugType()).isEqualTo("ML");
    }

    @Test
    void expandsAWideRowIntoOneChargePerPayerPlanWithValues() throws Exception {
        Imported wide = Imported.resource("cms-v3-example-wide.csv");

        assertThat(wide.report().format()).isEqualTo(PriceFileFormat.WIDE_CSV);
        assertThat(wide.report().rowsRead()).isEqualTo(26);
        assertThat(wide.report().chargesAccepted()).isEqualTo(45);
        assertThat(wide.report().rejections()).isEmpty();
        assertThat(wide.report().warnings()).isEmpty();
        List<StandardCharge> mri = wide.where(c -> c.line() == 4);
        assertThat(mri).extracting(StandardCharge::payerName, StandardCharge::planName, StandardCharge::negotiatedDollar)
                .containsExactly(
                        tuple("Platform Health Insurance", "PPO", new BigDecimal("400")),
                        tuple("Region Health Insurance", "HMO", new BigDecimal("250")));
        assertThat(mri.get(1).location()).isEqualTo("line 4, Region Health Insurance | HMO");
        // a payer plan whose columns are all blank gives no charge: only Platform has this one
        assertThat(wide.where(c -> c.line() == 14)).extracting(StandardCharge::planName).containsExactly("PPO");
    }

    @Test
    void readsTheWideExampleDespiteItsByteOrderMark() throws Exception {
        assertThat(Imported.resourceBytes("cms-v3-example-wide.csv")).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);

        ImportReport report = Imported.resource("cms-v3-example-wide.csv").report();

        assertThat(report.hospital().hospitalName()).isEqualTo("West Mercy Hospital");
        assertThat(report.hospital().type2Npis()).containsExactly("0000000001", "0000000002", "0000000003");
    }

    @Test
    void expandsJsonItemsPerStandardChargeAndPayer() throws Exception {
        Imported json = Imported.resource("cms-v3-example.json");

        ImportReport report = json.report();
        assertThat(report.format()).isEqualTo(PriceFileFormat.JSON);
        assertThat(report.rowsRead()).isEqualTo(25);
        assertThat(report.chargesAccepted()).isEqualTo(45);
        assertThat(report.modifierAdjustments()).isEqualTo(6);
        assertThat(report.rejections()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.effectiveDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(report.hospital().licenseState()).isEqualTo("CA");
        assertThat(report.hospital().generalContractProvisions()).startsWith("Platform Health Insurance: When total claim");
        StandardCharge regionMri = json.charges().get(1);
        assertThat(regionMri.location()).isEqualTo("standard_charge_information[0].standard_charges[0].payers_information[1]");
        assertThat(regionMri.line()).isEqualTo(31);
        StandardCharge bilateral = json.only(c -> c.modifierAdjustment() && c.modifiers().equals(List.of("50"))
                && c.planName().equals("PPO"));
        assertThat(bilateral.payerNotes()).startsWith("150% payment adjustment");
    }

    @Test
    void givesTheSamePricesFromEachLayout() throws Exception {
        Imported tall = Imported.resource("cms-v3-example-tall.csv");
        Imported wide = Imported.resource("cms-v3-example-wide.csv");
        Imported json = Imported.resource("cms-v3-example.json");

        assertThat(prices(wide, true)).hasSize(39).containsExactlyInAnyOrderElementsOf(prices(json, true));
        // the CMS tall example gives the basic metabolic panel a minimum of 150 where the others give 125
        assertThat(prices(tall, false)).containsExactlyInAnyOrderElementsOf(prices(json, false));
    }

    @Test
    void refusesAFileInAnotherLayoutThanExpected() {
        assertThatThrownBy(() -> Imported.resource("cms-v3-example-tall.csv", PriceFileFormat.WIDE_CSV))
                .isInstanceOf(PriceFileRejected.class)
                .hasMessageContaining("expected to be a wide CSV")
                .hasMessageContaining("those of a tall CSV");
        assertThatThrownBy(() -> Imported.resource("cms-v3-example.json", PriceFileFormat.TALL_CSV))
                .isInstanceOf(PriceFileRejected.class)
                .hasMessage("the file was expected to be a tall CSV, but it is JSON");
        assertThatThrownBy(() -> Imported.resource("cms-v3-example-wide.csv", PriceFileFormat.JSON))
                .isInstanceOf(PriceFileRejected.class)
                .hasMessageContaining("expected to be JSON");
    }

    @Test
    void acceptsTheLayoutItWasToldToExpect() throws Exception {
        assertThat(Imported.resource("cms-v3-example-wide.csv", PriceFileFormat.WIDE_CSV).report().chargesAccepted()).isEqualTo(45);
        assertThat(Imported.resource("cms-v3-example.json", PriceFileFormat.JSON).report().chargesAccepted()).isEqualTo(45);
    }

    @Test
    void rejectsTheBlankTemplateForItsMissingDate() {
        assertThatThrownBy(() -> Imported.resource("cms-v3-template-tall.csv"))
                .isInstanceOf(PriceFileRejected.class)
                .hasMessageContaining("last_updated_on is blank")
                .extracting(e -> ((PriceFileRejected) e).line()).isEqualTo(2L);
    }

    /** The price facts of the items (modifier rows are written differently in JSON), notes aside. */
    private static List<String> prices(Imported imported, boolean withMinimum) {
        return imported.where(c -> !c.modifierAdjustment()).stream()
                .map(c -> String.join(" / ", c.description(), c.codes().toString(), String.valueOf(c.setting()),
                        c.payerName(), c.planName(), plain(c.grossCharge()), plain(c.discountedCash()),
                        withMinimum ? plain(c.minimum()) : "",
                        plain(c.maximum()), plain(c.negotiatedDollar()), plain(c.negotiatedPercentage()),
                        String.valueOf(c.negotiatedAlgorithm()), plain(c.medianAmount()), plain(c.percentile10()),
                        plain(c.percentile90()), String.valueOf(c.count()), String.valueOf(c.methodology()),
                        plain(c.drugUnit()), String.valueOf(c.drugType())))
                .collect(Collectors.toList());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "-" : amount.stripTrailingZeros().toPlainString();
    }
}
