package org.secondopinion.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BusinessDaysTest {

    /** The observed federal holidays as OPM publishes them, 2025 to 2028. */
    private static final List<LocalDate> OBSERVED = Stream.of(
            "2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04",
            "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25",
            "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
            "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
            "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05",
            "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24", "2027-12-31",
            "2028-01-17", "2028-02-21", "2028-05-29", "2028-06-19", "2028-07-04",
            "2028-09-04", "2028-10-09", "2028-11-10", "2028-11-23", "2028-12-25")
            .map(LocalDate::parse).toList();

    static Stream<LocalDate> observedHolidays() {
        return OBSERVED.stream();
    }

    @ParameterizedTest(name = "{0} is an observed holiday")
    @MethodSource("observedHolidays")
    void observedHolidaysAreNotBusinessDays(LocalDate holiday) {
        assertThat(BusinessDays.isHoliday(holiday)).isTrue();
        assertThat(BusinessDays.isBusinessDay(holiday)).isFalse();
    }

    @Test
    void findsExactlyThePublishedHolidaysFrom2025To2028() {
        List<LocalDate> found = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() <= 2028; day = day.plusDays(1)) {
            if (BusinessDays.isHoliday(day)) {
                found.add(day);
            }
        }
        assertThat(found).containsExactlyElementsOf(OBSERVED);
    }

    @ParameterizedTest(name = "{0} falls on a weekend and is observed on {1}")
    @CsvSource({
            "2026-07-04, 2026-07-03",
            "2027-06-19, 2027-06-18",
            "2027-07-04, 2027-07-05",
            "2027-12-25, 2027-12-24",
            "2028-01-01, 2027-12-31",
            "2028-11-11, 2028-11-10"})
    void movesAWeekendHolidayToTheNearestWeekday(LocalDate holiday, LocalDate observed) {
        assertThat(BusinessDays.isHoliday(holiday)).isFalse();
        assertThat(BusinessDays.isBusinessDay(holiday)).isFalse();
        assertThat(BusinessDays.isHoliday(observed)).isTrue();
    }

    @Test
    void countsThanksgivingAsTheFourthThursdayAndTheDayAfterAsABusinessDay() {
        assertThat(BusinessDays.isHoliday(LocalDate.of(2026, 11, 26))).isTrue();
        assertThat(BusinessDays.isHoliday(LocalDate.of(2026, 11, 19))).isFalse();
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 11, 27))).isTrue();
    }

    @Test
    void countsJuneteenthOnlyFrom2021() {
        assertThat(BusinessDays.isHoliday(LocalDate.of(2021, 6, 18))).isTrue();
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2020, 6, 19))).isTrue();
    }

    @Test
    void weekdaysAreBusinessDaysAndWeekendsAreNot() {
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 3, 6))).isTrue();
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 3, 8))).isFalse();
        assertThat(BusinessDays.isHoliday(LocalDate.of(2026, 3, 7))).isFalse();
    }

    @ParameterizedTest(name = "{1} business days after {0} is {2}")
    @CsvSource({
            "2026-03-02, 0, 2026-03-02",
            "2026-03-07, 0, 2026-03-07",
            "2026-03-06, 1, 2026-03-09",
            "2026-03-07, 1, 2026-03-09",
            "2026-03-02, 10, 2026-03-16",
            "2026-07-02, 1, 2026-07-06",
            "2026-11-25, 1, 2026-11-27",
            "2026-11-25, 2, 2026-11-30",
            "2026-11-27, 3, 2026-12-02",
            "2027-12-23, 1, 2027-12-27",
            "2027-12-30, 1, 2028-01-03",
            "2027-12-22, 3, 2027-12-28"})
    void addsBusinessDaysSkippingWeekendsAndHolidays(LocalDate from, int days, LocalDate expected) {
        assertThat(BusinessDays.plus(from, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{2} business days after {0} up to {1}")
    @CsvSource({
            "2026-03-02, 2026-03-02, 0",
            "2026-03-09, 2026-03-02, 0",
            "2026-03-06, 2026-03-09, 1",
            "2026-03-06, 2026-03-08, 0",
            "2026-07-02, 2026-07-06, 1",
            "2026-07-01, 2026-07-07, 3",
            "2026-01-02, 2026-01-16, 10",
            "2027-12-23, 2028-01-03, 5",
            "2025-12-31, 2026-12-31, 250"})
    void countsBusinessDaysAfterTheFirstDateUpToTheSecond(LocalDate from, LocalDate to, int expected) {
        assertThat(BusinessDays.between(from, to)).isEqualTo(expected);
    }

    @Test
    void countsBackTheDaysItAdds() {
        for (LocalDate from = LocalDate.of(2027, 11, 1); from.isBefore(LocalDate.of(2028, 1, 15)); from = from.plusDays(1)) {
            for (int days = 0; days <= 12; days++) {
                assertThat(BusinessDays.between(from, BusinessDays.plus(from, days))).as("%s + %d", from, days)
                        .isEqualTo(days);
            }
        }
    }

    @Test
    void refusesToCountBackwards() {
        assertThatThrownBy(() -> BusinessDays.plus(LocalDate.of(2026, 3, 2), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Business days are counted forward only, not -1.");
    }

    @Test
    void refusesAMissingDate() {
        assertThatThrownBy(() -> BusinessDays.isBusinessDay(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A date is required.");
        assertThatThrownBy(() -> BusinessDays.between(LocalDate.of(2026, 3, 2), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A date to count to is required.");
    }
}
