package org.secondopinion.estimate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secondopinion.estimate.control.GoodFaithEstimates.SERVICE_DATE;
import static org.secondopinion.estimate.control.GoodFaithEstimates.hospital;
import static org.secondopinion.estimate.control.GoodFaithEstimates.item;
import static org.secondopinion.estimate.control.GoodFaithEstimates.practice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.estimate.control.GoodFaithEstimateDocument.Item;
import org.secondopinion.estimate.control.GoodFaithEstimateDocument.ProviderGroup;
import org.secondopinion.estimate.control.GoodFaithEstimateDocument.Section;
import org.secondopinion.platform.control.Money;

class GoodFaithEstimateDocumentTest {

    private static final Item VISIT = item(SERVICE_DATE, "99204", "CPT", "New patient office visit", "1", "310.00");

    @Test
    void addsUpProviderAndSectionTotals() {
        Section workup = GoodFaithEstimates.workup();

        assertThat(workup.providers()).extracting(ProviderGroup::total)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(Money.of("434.50"), Money.of("1800.00"));
        assertThat(workup.total()).isEqualByComparingTo("2234.50");
    }

    @Test
    void keepsItsOwnCopiesOfTheLists() {
        List<String> codes = new ArrayList<>(List.of("M17.11"));
        List<Section> sections = new ArrayList<>(List.of(GoodFaithEstimates.workup()));
        GoodFaithEstimateDocument document = document(codes, sections);

        codes.add("Z00.00");
        sections.clear();

        assertThat(document.diagnosisCodes()).containsExactly("M17.11");
        assertThat(document.sections()).hasSize(1);
        assertThatThrownBy(() -> document.separatelyScheduled().add("more"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesAProviderTotalThatIsNotTheSumOfItsCharges() {
        assertThatThrownBy(() -> new ProviderGroup("Lakeside Orthopedic Associates", "1234567893", "74-1234567",
                "1200 Red River St, Austin, TX 78701", "TX", List.of(VISIT), Money.of("300.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The total for Lakeside Orthopedic Associates must be the sum of its expected charges, $310.00.");
    }

    @Test
    void refusesASectionTotalThatIsNotTheSumOfItsProviders() {
        assertThatThrownBy(() -> new Section("Second-opinion workup", List.of(practice(VISIT), hospital(VISIT)),
                Money.of("310.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The total of the section \"Second-opinion workup\" must be the sum of its providers' "
                        + "totals, $620.00.");
    }

    @Test
    void refusesAMalformedNpiTinOrState() {
        assertThatThrownBy(() -> ProviderGroup.of("Lakeside", "123456789", "74-1234567", "Austin", "TX", List.of(VISIT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The NPI of Lakeside must be ten digits, not \"123456789\".");
        assertThatThrownBy(() -> ProviderGroup.of("Lakeside", "1234567893", "74-123", "Austin", "TX", List.of(VISIT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The TIN of Lakeside must be nine digits, such as 12-3456789, not \"74-123\".");
        assertThatThrownBy(() -> ProviderGroup.of("Lakeside", "1234567893", "741234567", "Austin", "Texas", List.of(VISIT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The state where Lakeside provides the care is its two-letter postal code, such as TX, "
                        + "not \"Texas\".");
        assertThatThrownBy(() -> ProviderGroup.of("Lakeside", "1234567893", "741234567", " ", "TX", List.of(VISIT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The location where Lakeside provides the care is required.");
        assertThatThrownBy(() -> ProviderGroup.of("Lakeside", "1234567893", "741234567", "Austin", "TX", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Lakeside needs at least one item or service.");
    }

    @Test
    void refusesAnItemWithoutUnitsOrWithFractionsOfACent() {
        assertThatThrownBy(() -> item(SERVICE_DATE, "99204", "CPT", "Office visit", "0", "310.00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The item 99204 needs at least one unit, not 0.");
        assertThatThrownBy(() -> item(SERVICE_DATE, "99204", "CPT", "Office visit", "1", "310.005"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The expected charge of 99204 is in whole cents, not 310.005.");
        assertThatThrownBy(() -> item(SERVICE_DATE, "99204", "CPT", "Office visit", "1", "-1.00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The item 99204 needs an expected charge of zero or more.");
        assertThatThrownBy(() -> item(SERVICE_DATE, " ", "CPT", "Office visit", "1", "1.00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An item of a Good Faith Estimate needs its service code and description.");
    }

    @Test
    void refusesADocumentWithoutItsPatientSectionsOrContact() {
        GoodFaithEstimateDeadline deadline = GoodFaithEstimateDeadline.of(LocalDate.of(2026, 3, 2), null);
        List<Section> sections = List.of(GoodFaithEstimates.workup());
        LocalDate issued = LocalDate.of(2026, 3, 3);
        LocalDate born = LocalDate.of(1958, 5, 14);

        assertThatThrownBy(() -> new GoodFaithEstimateDocument("EST-1 v1", issued, deadline, " ", born, "Knee",
                null, List.of(), sections, List.of(), "Billing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A Good Faith Estimate needs the patient's name and date of birth.");
        assertThatThrownBy(() -> new GoodFaithEstimateDocument("EST-1 v1", issued, deadline, "Maria Lopez",
                issued.plusDays(1), "Knee", null, List.of(), sections, List.of(), "Billing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The patient's date of birth 2026-03-04 comes after the issue date 2026-03-03.");
        assertThatThrownBy(() -> new GoodFaithEstimateDocument("EST-1 v1", issued, deadline, "Maria Lopez", born,
                "Knee", null, List.of(), List.of(), List.of(), "Billing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A Good Faith Estimate needs at least one section of expected charges.");
        assertThatThrownBy(() -> new GoodFaithEstimateDocument("EST-1 v1", issued, deadline, "Maria Lopez", born,
                "Knee", null, List.of(), sections, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A Good Faith Estimate needs the billing office's contact details.");
        assertThatThrownBy(() -> new GoodFaithEstimateDocument(null, issued, deadline, "Maria Lopez", born,
                "Knee", null, List.of(), sections, List.of(), "Billing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A Good Faith Estimate needs its reference, issue date and deadline.");
        assertThatThrownBy(() -> new GoodFaithEstimateDocument("EST-1 v1", issued, deadline, "Maria Lopez", born,
                " ", null, List.of(), sections, List.of(), "Billing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A Good Faith Estimate needs the primary item or service in plain language.");
        assertThatThrownBy(() -> new GoodFaithEstimateDocument("EST-1 v1", issued, deadline, "Maria Lopez", born,
                "Knee", null, List.of(" "), sections, List.of(), "Billing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A diagnosis code cannot be blank.");
    }

    private static GoodFaithEstimateDocument document(List<String> codes, List<Section> sections) {
        return new GoodFaithEstimateDocument("EST-000001 v1", LocalDate.of(2026, 3, 3),
                GoodFaithEstimateDeadline.of(LocalDate.of(2026, 3, 2), null), "Maria Lopez", LocalDate.of(1958, 5, 14),
                "A second opinion on knee surgery", null, codes, sections, null, "Billing office, 512-555-0142");
    }
}
