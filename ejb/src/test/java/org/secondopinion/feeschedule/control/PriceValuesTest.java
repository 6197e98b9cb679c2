package org.secondopinion.feeschedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1200; 1200",
            "1200.50; 1200.50",
            "$1,234.50; 1234.50",
            "$ 1234.50; 1234.50",
            "1,234,567.8; 1234567.8",
            ".75; 0.75",
            "1.2E3; 1200",
            "0; 0"})
    void readsAmountsAsRealFilesWriteThem(String written, String amount) throws InvalidValue {
        assertThat(PriceValues.amount(written)).isEqualByComparingTo(amount);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,34", "1.234,50", "1,2345", ",123", "12 34", "abc", "$", "1e", "-5", "$-5", "1e999", "70%", "1000000000000"})
    void refusesAmountsItCouldOnlyGuessAt(String written) {
        assertThatThrownBy(() -> PriceValues.amount(written)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void readsPercentagesAsWrittenNeverDividingThem() throws InvalidValue {
        assertThat(PriceValues.percentage("70.5")).isEqualByComparingTo("70.5");
        assertThat(PriceValues.percentage("70.5%")).isEqualByComparingTo("70.5");
        assertThat(PriceValues.percentage("150 %")).isEqualByComparingTo("150");
        assertThat(PriceValues.percentage("0.705")).isEqualByComparingTo("0.705");
        assertThatThrownBy(() -> PriceValues.percentage("$70")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void keepsTheScaleOfAnAmountButNotAnExponent() throws InvalidValue {
        assertThat(PriceValues.amount("96.10")).isEqualTo(new BigDecimal("96.10"));
        assertThat(PriceValues.amount("1E3").scale()).isZero();
    }

    @ParameterizedTest
    @CsvSource({
            "2026-04-01, 2026-04-01",
            "2026-04-01T08:30:00, 2026-04-01",
            "4/1/2026, 2026-04-01",
            "04/01/2026, 2026-04-01",
            "12/31/2025, 2025-12-31"})
    void readsTheDateFormsCmsAccepts(String written, LocalDate date) throws InvalidValue {
        assertThat(PriceValues.date(written)).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "13/45/2025", "4/1/26", "2026/04/01", "April 1, 2026", "1/1/20266", "2026-4-1"})
    void refusesOtherDates(String written) {
        assertThatThrownBy(() -> PriceValues.date(written)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void readsTheThreeFormsOfACount() throws InvalidValue {
        assertThat(PriceValues.count("0")).isEqualTo(AllowedAmountCount.ZERO);
        assertThat(PriceValues.count("1 through 10")).isEqualTo(AllowedAmountCount.ONE_THROUGH_TEN);
        assertThat(PriceValues.count("1  Through  10")).isEqualTo(AllowedAmountCount.ONE_THROUGH_TEN);
        assertThat(PriceValues.count("11")).isEqualTo(AllowedAmountCount.exactly(11));
        assertThat(PriceValues.count("1,250")).isEqualTo(AllowedAmountCount.exactly(1250));
        assertThat(PriceValues.count("1,250").toString()).isEqualTo("1250");
        assertThat(AllowedAmountCount.ONE_THROUGH_TEN.toString()).isEqualTo("1 through 10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "10", "1-10", "-3", "12.5", "many", "99999999999"})
    void refusesOtherCounts(String written) {
        assertThatThrownBy(() -> PriceValues.count(written)).isInstanceOf(InvalidValue.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "standard_charge|gross; standard_charge|gross",
            "Standard_Charge | Gross; standard_charge|gross",
            "  code |  1 | TYPE ; code|1|type",
            "standard_charge | Blue   Cross | PPO | negotiated_dollar; standard_charge|blue cross|ppo|negotiated_dollar",
            "\uFEFFhospital_name; hospital_name"})
    void normalisesHeaderNames(String written, String normalised) {
        assertThat(PriceValues.headerName(written)).isEqualTo(normalised);
    }

    @Test
    void keepsPayerAndPlanAsWrittenInAHeader() {
        assertThat(PriceValues.headerParts("standard_charge |  Blue   Cross | Gold PPO|negotiated_dollar"))
                .containsExactly("standard_charge", "Blue Cross", "Gold PPO", "negotiated_dollar");
    }

    @Test
    void splitsListsOnPipesAndModifiersOnCommasToo() {
        assertThat(PriceValues.list("0000000001 | 0000000002 |", false)).containsExactly("0000000001", "0000000002");
        assertThat(PriceValues.list("12 Main Street, Fullerton|23 Ocean Ave", false))
                .containsExactly("12 Main Street, Fullerton", "23 Ocean Ave");
        assertThat(CsvPriceFile.modifiers("26, tc|50")).containsExactly("26", "TC", "50");
    }

    @Test
    void readsPlaceholdersOnlyAsBlank() {
        assertThat(PriceValues.isPlaceholder("N/A")).isTrue();
        assertThat(PriceValues.isPlaceholder("-")).isTrue();
        assertThat(PriceValues.isPlaceholder("NA")).isTrue();
        assertThat(PriceValues.isPlaceholder("NAV")).isFalse();
    }

    @Test
    void cutsLongValuesShortInMessages() {
        assertThat(PriceValues.quote("x".repeat(10_000))).hasSize(43).endsWith("…\"");
    }

    @Test
    void readsTemplateVersions() throws InvalidValue {
        assertThat(TemplateVersion.of("3.0.0")).isEqualTo(TemplateVersion.V3);
        assertThat(TemplateVersion.of("v2.2.1")).isEqualTo(TemplateVersion.V2);
        assertThat(TemplateVersion.of("2.0")).isEqualTo(TemplateVersion.V2);
        assertThatThrownBy(() -> TemplateVersion.of("1.1")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> TemplateVersion.of("30")).isInstanceOf(InvalidValue.class);
    }
}
