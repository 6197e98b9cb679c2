package org.secondopinion.legal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemindersTest {

    /** Reminder days: 180 -> Sun 3 Jan 2027, 90 -> Sat 3 Apr 2027, 60 -> Mon 3 May 2027, 30 -> Wed 2 Jun 2027. */
    private static final LocalDate DEADLINE = LocalDate.of(2027, 7, 2);

    @Test
    void sendsEachReminderOnceWhenTheTimerRunsDaily() {
        List<Integer> sent = new ArrayList<>();
        LocalDate lastRun = null;
        for (LocalDate today = LocalDate.of(2026, 12, 1); !today.isAfter(LocalDate.of(2027, 8, 1)); today = today.plusDays(1)) {
            sent.addAll(Reminders.dueBetween(DEADLINE, lastRun, today));
            lastRun = today;
        }

        assertThat(sent).containsExactly(180, 90, 60, 30);
    }

    @Test
    void sendsTheReminderOnItsDay() {
        // 2 Jul 2027 - 90 days = 3 Apr 2027
        assertThat(Reminders.dueBetween(DEADLINE, LocalDate.of(2027, 4, 2), LocalDate.of(2027, 4, 3))).containsExactly(90);
        assertThat(Reminders.dueBetween(DEADLINE, LocalDate.of(2027, 4, 3), LocalDate.of(2027, 4, 4))).isEmpty();
    }

    @Test
    void catchesUpOnRemindersAMissedRunWouldHaveSent() {
        // last ran 1 Apr 2027, next on 10 May 2027: the 90-day (3 Apr) and 60-day (3 May) reminders fell in between
        assertThat(Reminders.dueBetween(DEADLINE, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 10))).containsExactly(90, 60);
        // and the next run, on 2 Jun 2027, sends only the 30-day one
        assertThat(Reminders.dueBetween(DEADLINE, LocalDate.of(2027, 5, 10), LocalDate.of(2027, 6, 2))).containsExactly(30);
    }

    @Test
    void sendsEachReminderOnceAcrossSkippedRuns() {
        List<Integer> sent = new ArrayList<>();
        LocalDate lastRun = null;
        for (LocalDate today = LocalDate.of(2026, 12, 1); !today.isAfter(LocalDate.of(2027, 8, 1)); today = today.plusDays(17)) {
            sent.addAll(Reminders.dueBetween(DEADLINE, lastRun, today));
            lastRun = today;
        }

        assertThat(sent).containsExactly(180, 90, 60, 30);
    }

    @Test
    void sendsEveryReminderAlreadyDueOnTheFirstRun() {
        // never ran; 20 Jun 2027 is after all four reminder days
        assertThat(Reminders.dueBetween(DEADLINE, null, LocalDate.of(2027, 6, 20))).containsExactly(180, 90, 60, 30);
        assertThat(Reminders.dueBetween(DEADLINE, null, LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void sendsNoneForADeadlineAlreadyPast() {
        assertThat(Reminders.dueBetween(DEADLINE, null, LocalDate.of(2027, 7, 3))).isEmpty();
        assertThat(Reminders.dueBetween(DEADLINE, LocalDate.of(2027, 5, 1), LocalDate.of(2027, 7, 3))).isEmpty();
    }

    @Test
    void refusesALastRunAfterToday() {
        assertThatThrownBy(() -> Reminders.dueBetween(DEADLINE, LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The last run on 2027-05-02 cannot be after today, 2027-05-01.");
        assertThatThrownBy(() -> Reminders.dueBetween(null, null, LocalDate.of(2027, 5, 1)))
                .hasMessage("Reminders need the deadline and today's date.");
    }
}
