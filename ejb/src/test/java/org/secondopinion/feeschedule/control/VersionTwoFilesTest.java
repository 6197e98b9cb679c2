package org.secondopinion.feeschedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.feeschedule.entity.Methodology;

/** Template 2.x files still circulate: estimated_amount instead of the allowed-amount statistics. */
class VersionTwoFilesTest {

    @Test
    void readsATallVersionTwoFileWithEstimatedAmounts() throws Exception {
        Imported tall = Imported.resource("v2-tall.csv");

        ImportReport report = tall.report();
        assertThat(report.templateVersion()).isEqualTo(TemplateVersion.V2);
        assertThat(report.hospital().version()).isEqualTo("2.2.0");
        assertThat(report.effectiveDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(report.rowsRead()).isEqualTo(8);
        assertThat(report.chargesAccepted()).isEqualTo(8);
        assertThat(report.rejections()).isEmpty();
        StandardCharge pathology = tall.atLine(6);
        assertThat(pathology.negotiatedPercentage()).isEqualByComparingTo("65");
        assertThat(pathology.estimatedAmount()).isEqualByComparingTo("266.50");
        assertThat(pathology.count()).isNull();
        StandardCharge hip = tall.atLine(7);
        assertThat(hip.negotiatedAlgorithm()).isEqualTo("Lesser of $18,000 or 55% of billed charges");
        assertThat(hip.estimatedAmount()).isEqualByComparingTo("17250");
    }

    @Test
    void readsTheVersionTwoGeneralHeaderNames() throws Exception {
        HospitalHeader hospital = Imported.resource("v2-tall.csv").report().hospital();

        // hospital_location and the affirmation statement of 2.x, license_number|MD
        assertThat(hospital.locationNames()).containsExactly("Harbor View Community Hospital", "Harbor View Surgery Center");
        assertThat(hospital.addresses()).hasSize(2);
        assertThat(hospital.attestationConfirmed()).isTrue();
        assertThat(hospital.licenseState()).isEqualTo("MD");
        assertThat(hospital.licenseNumber()).isEqualTo("H-1187");
    }

    @Test
    void doesNotAskAVersionTwoPercentageForACountButWarnsOfAMissingEstimate() throws Exception {
        Imported tall = Imported.resource("v2-tall.csv");

        StandardCharge secondRead = tall.atLine(8);
        assertThat(secondRead.negotiatedPercentage()).isEqualByComparingTo("45");
        assertThat(tall.report().warnings()).extracting(ImportIssue::line, ImportIssue::field)
                .containsExactly(tuple(8L, "estimated_amount"));
    }

    @Test
    void readsAWideVersionTwoFileWithEstimatedAmountsPerPayerPlan() throws Exception {
        Imported wide = Imported.resource("v2-wide.csv");

        ImportReport report = wide.report();
        assertThat(report.templateVersion()).isEqualTo(TemplateVersion.V2);
        assertThat(report.hospital().version()).isEqualTo("2.1.0");
        assertThat(report.format()).isEqualTo(PriceFileFormat.WIDE_CSV);
        assertThat(report.rowsRead()).isEqualTo(7);
        assertThat(report.chargesAccepted()).isEqualTo(9);
        assertThat(report.rejections()).isEmpty();
        StandardCharge hip = wide.atLine(6);
        assertThat(hip.payerName()).isEqualTo("CareFirst");
        assertThat(hip.estimatedAmount()).isEqualByComparingTo("17250");
        StandardCharge implant = wide.atLine(8);
        assertThat(implant.methodology()).isEqualTo(Methodology.OTHER);
        assertThat(implant.payerNotes()).isEqualTo("Paid from the supplier invoice attached to the claim.");
    }

    @Test
    void keepsAWideItemWithoutPayerChargesAsItsGrossAndCashPrices() throws Exception {
        StandardCharge xray = Imported.resource("v2-wide.csv").atLine(9);

        assertThat(xray.payerName()).isNull();
        assertThat(xray.grossCharge()).isEqualByComparingTo("140");
        assertThat(xray.discountedCash()).isEqualByComparingTo("112");
    }

    @Test
    void readsAWideModifierRowPerPayerPlanEvenWithOnlyANote() throws Exception {
        Imported wide = Imported.resource("v2-wide.csv");

        assertThat(wide.where(c -> c.line() == 10))
                .extracting(StandardCharge::payerName, StandardCharge::modifierAdjustment, StandardCharge::payerNotes)
                .containsExactly(
                        tuple("Aetna", true, "40% of the fee schedule amount"),
                        tuple("CareFirst", true, "Paid at 38% of the fee schedule amount"));
    }

    @Test
    void readsAVersionTwoJsonFile() throws Exception {
        Imported json = Imported.resource("v2.json");

        ImportReport report = json.report();
        assertThat(report.templateVersion()).isEqualTo(TemplateVersion.V2);
        assertThat(report.rowsRead()).isEqualTo(5);
        assertThat(report.chargesAccepted()).isEqualTo(7);
        assertThat(report.modifierAdjustments()).isEqualTo(1);
        assertThat(report.rejections()).isEmpty();
        assertThat(report.hospital().locationNames()).containsExactly("Harbor View Community Hospital", "Harbor View Surgery Center");
        assertThat(report.hospital().attestationConfirmed()).isTrue();
        StandardCharge pathology = json.only(c -> c.codes().contains(new ChargeCode("88331", "CPT")));
        assertThat(pathology.estimatedAmount()).isEqualByComparingTo("266.50");
        // 2.x JSON writes the drug unit as a string
        StandardCharge ondansetron = json.only(c -> c.drugType() != null);
        assertThat(ondansetron.drugUnit()).isEqualByComparingTo("2");
    }

    @Test
    void expandsEachStandardChargeOfAJsonItem() throws Exception {
        Imported json = Imported.resource("v2.json");

        assertThat(json.where(c -> c.description().startsWith("Chest X-ray")))
                .extracting(StandardCharge::setting, StandardCharge::payerName, StandardCharge::modifiers)
                .containsExactly(
                        tuple(CareSetting.OUTPATIENT, null, List.of()),
                        tuple(CareSetting.INPATIENT, "CareFirst", List.of("26")));
        assertThat(json.report().warnings()).extracting(ImportIssue::location)
                .containsExactly("standard_charge_information[3].standard_charges[1].payers_information[0]");
    }
}
