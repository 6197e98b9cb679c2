package org.secondopinion.legal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.legal.entity.LimitationCombination;
import org.secondopinion.legal.entity.MeritTrigger;

/** The value records refuse what a deadline cannot be counted from. */
class CaseValuesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    @Test
    void countsTheDaysOfATollingPeriodWithBothEnds() {
        assertThat(new TollingEvent(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), "bankruptcy stay").days()).isEqualTo(31);
        assertThat(new TollingEvent(DAY, DAY, "one day").days()).isEqualTo(1);
    }

    @Test
    void refusesATollingPeriodThatEndsBeforeItStartsOrHasNoReason() {
        assertThatThrownBy(() -> new TollingEvent(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31), "stay"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A tolling period cannot end on 2025-01-31, before it starts on 2025-02-01.");
        assertThatThrownBy(() -> new TollingEvent(DAY, DAY, " "))
                .hasMessage("A tolling period needs the reason the clock stopped.");
    }

    @Test
    void refusesCaseDatesBeforeTheIncident() {
        assertThatThrownBy(() -> new CaseDates(null, null, null, null, null, null))
                .hasMessage("The date of the incident or treatment is required.");
        assertThatThrownBy(() -> CaseDates.incidentOn(DAY).withDiscovery(DAY.minusDays(1)))
                .hasMessage("The discovery date 2025-12-31 cannot come before the incident on 2026-01-01.");
        assertThatThrownBy(() -> CaseDates.incidentOn(DAY).withComplaintFiled(DAY.minusDays(1)))
                .hasMessage("The complaint date 2025-12-31 cannot come before the incident on 2026-01-01.");
        assertThatThrownBy(() -> CaseDates.incidentOn(DAY).withClaimantBorn(DAY.plusDays(1)))
                .hasMessage("The claimant, born on 2026-01-02, cannot be born after the incident on 2026-01-01.");
    }

    @Test
    void refusesARuleThatCannotBeKeptInTheTable() {
        assertThatThrownBy(() -> rule("Pa", Period.ofYears(2), null, MeritTrigger.WITH_COMPLAINT, 0))
                .hasMessage("A state is its two capital letters, such as PA, not Pa.");
        assertThatThrownBy(() -> rule("PA", null, null, MeritTrigger.WITH_COMPLAINT, 0))
                .hasMessage("A deadline rule needs a limitations period from the injury, from discovery, or both.");
        assertThatThrownBy(() -> rule("PA", Period.ofDays(700), null, MeritTrigger.WITH_COMPLAINT, 0))
                .hasMessage("The limitations period from the injury is a whole number of months or years greater than 0, not P700D.");
        assertThatThrownBy(() -> rule("PA", Period.ofYears(2), Period.ofMonths(1), MeritTrigger.AFTER_FILING, 0))
                .hasMessage("A certificate of merit due after filing needs a number of days greater than 0.");
        assertThatThrownBy(() -> rule("PA", Period.ofYears(2), null, MeritTrigger.WITH_COMPLAINT, 60))
                .hasMessage("A certificate of merit due with the complaint, or not required, counts no days, not 60.");
        assertThatThrownBy(() -> new DeadlineRule("PA", DAY, Period.ofYears(2), null, LimitationCombination.EARLIER, null, 18,
                MeritTrigger.WITH_COMPLAINT, 0, 0, false, null, "x".repeat(601), "Rule 1."))
                .hasMessage("The source of the limitations rule has 601 characters; at most 600 are kept.");
        assertThatThrownBy(() -> new DeadlineRule("PA", DAY, Period.ofYears(2), null, LimitationCombination.EARLIER, null, 18,
                MeritTrigger.WITH_COMPLAINT, 0, 0, false, Period.ofMonths(6), "Statute 1.", "Rule 1."))
                .hasMessage("A notice-of-intent period is a number of days greater than 0, not P6M.");
    }

    @Test
    void keepsTheExplanationOfADeadlineAndRefusesOneWithout() {
        Deadline deadline = new Deadline(Deadline.Kind.REPOSE, DAY.plusDays(2), DAY, List.of("Moved."));

        assertThat(deadline.moved()).isTrue();
        assertThatThrownBy(() -> new Deadline(Deadline.Kind.REPOSE, DAY, DAY, List.of()))
                .hasMessage("A deadline needs the sentences that explain it.");
        assertThatThrownBy(() -> new Deadline(Deadline.Kind.REPOSE, DAY, null, List.of("x")))
                .hasMessage("A deadline has both its date and the date before roll-forward, or neither.");
    }

    private static DeadlineRule rule(String state, Period injury, Period discovery, MeritTrigger trigger, int days) {
        return new DeadlineRule(state, DAY, injury, discovery, LimitationCombination.EARLIER, null, 18, trigger, days, 0, false,
                null, "Statute 1.", "Rule 1.");
    }
}
