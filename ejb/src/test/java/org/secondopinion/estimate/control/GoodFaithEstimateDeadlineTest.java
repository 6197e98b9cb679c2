package org.secondopinion.estimate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoodFaithEstimateDeadlineTest {

    private static final LocalDate MONDAY_MARCH_2 = LocalDate.of(2026, 3, 2);

    @Test
    void givesThreeBusinessDaysForAServiceTwelveBusinessDaysAhead() {
        GoodFaithEstimateDeadline deadline =
                GoodFaithEstimateDeadline.of(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 15));

        assertThat(deadline.required()).isTrue();
        assertThat(deadline.dueBy()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(deadline.rule()).isEqualTo(
                "Scheduled 12 business days ahead (10 or more): due within 3 business days of scheduling, by Wed 2 Dec 2026.");
    }

    @Test
    void givesThreeBusinessDaysForAServiceExactlyTenBusinessDaysAhead() {
        GoodFaithEstimateDeadline deadline = GoodFaithEstimateDeadline.of(MONDAY_MARCH_2, LocalDate.of(2026, 3, 16));

        assertThat(deadline.dueBy()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(deadline.rule()).isEqualTo(
                "Scheduled 10 business days ahead (10 or more): due within 3 business days of scheduling, by Thu 5 Mar 2026.");
    }

    @Test
    void givesOneBusinessDayForAServiceNineBusinessDaysAhead() {
        GoodFaithEstimateDeadline deadline = GoodFaithEstimateDeadline.of(MONDAY_MARCH_2, LocalDate.of(2026, 3, 13));

        assertThat(deadline.dueBy()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(deadline.rule()).startsWith("Scheduled 9 business days ahead (3 or more): due within 1 business day");
    }

    @Test
    void givesOneBusinessDayForAServiceExactlyThreeBusinessDaysAhead() {
        GoodFaithEstimateDeadline deadline = GoodFaithEstimateDeadline.of(MONDAY_MARCH_2, LocalDate.of(2026, 3, 5));

        assertThat(deadline.required()).isTrue();
        assertThat(deadline.dueBy()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(deadline.rule()).isEqualTo(
                "Scheduled 3 business days ahead (3 or more): due within 1 business day of scheduling, by Tue 3 Mar 2026.");
    }

    @Test
    void requiresNoEstimateForAServiceTwoBusinessDaysAhead() {
        GoodFaithEstimateDeadline deadline = GoodFaithEstimateDeadline.of(MONDAY_MARCH_2, LocalDate.of(2026, 3, 4));

        assertThat(deadline.required()).isFalse();
        assertThat(deadline.dueBy()).isNull();
        assertThat(deadline.rule()).isEqualTo(
                "Scheduled 2 business days ahead (fewer than 3): no Good Faith Estimate is required.");
    }

    @Test
    void requiresNoEstimateForAServiceOnTheDayItIsScheduled() {
        GoodFaithEstimateDeadline deadline = GoodFaithEstimateDeadline.of(MONDAY_MARCH_2, MONDAY_MARCH_2);

        assertThat(deadline.required()).isFalse();
        assertThat(deadline.rule()).startsWith("Scheduled 0 business days ahead (fewer than 3)");
    }

    @Test
    void writesOneBusinessDayInTheSingular() {
        assertThat(GoodFaithEstimateDeadline.of(MONDAY_MARCH_2, LocalDate.of(2026, 3, 3)).rule())
                .startsWith("Scheduled 1 business day ahead (fewer than 3)");
    }

    @Test
    void countsTheHolidayBetweenSchedulingAndService() {
        // Wednesday 1 July 2026 to Monday 6 July: five calendar days, but Friday 3 July is Independence Day observed
        assertThat(GoodFaithEstimateDeadline.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 6)).required()).isFalse();

        GoodFaithEstimateDeadline deadline = GoodFaithEstimateDeadline.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 7));
        assertThat(deadline.required()).isTrue();
        assertThat(deadline.dueBy()).isEqualTo(LocalDate.of(2026, 7, 2));
    }

    @Test
    void givesThreeBusinessDaysForAnEstimateOnRequest() {
        GoodFaithEstimateDeadline deadline = GoodFaithEstimateDeadline.of(LocalDate.of(2027, 12, 22), null);

        assertThat(deadline.required()).isTrue();
        assertThat(deadline.dueBy()).isEqualTo(LocalDate.of(2027, 12, 28));
        assertThat(deadline.rule()).isEqualTo(
                "Requested by the patient: due within 3 business days of the request, by Tue 28 Dec 2027.");
    }

    @Test
    void refusesAServiceBeforeItWasScheduled() {
        assertThatThrownBy(() -> GoodFaithEstimateDeadline.of(MONDAY_MARCH_2, LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The service on 2026-03-01 cannot come before it was scheduled on 2026-03-02.");
    }

    @Test
    void refusesAMissingSchedulingDate() {
        assertThatThrownBy(() -> GoodFaithEstimateDeadline.of(null, MONDAY_MARCH_2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The day the service was scheduled or the estimate requested is required.");
    }

    @Test
    void refusesARequiredEstimateWithoutADueDate() {
        assertThatThrownBy(() -> new GoodFaithEstimateDeadline(null, true, "Due some time."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A required estimate has a due date, and one that is not required has none.");
        assertThatThrownBy(() -> new GoodFaithEstimateDeadline(MONDAY_MARCH_2, true, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A deadline needs the sentence that explains its rule.");
    }
}
