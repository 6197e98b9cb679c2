package org.secondopinion.legal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.secondopinion.legal.control.Deadline.Kind;

class NextDeadlineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void takesTheSoonestDatedDeadlineFromTodayOn() {
        List<Deadline> deadlines = List.of(dated(Kind.LIMITATIONS, TODAY.plusDays(400)),
                dated(Kind.CERTIFICATE_OF_MERIT, TODAY.minusDays(1)), undated(Kind.CERTIFICATE_OF_MERIT),
                dated(Kind.NOTICE_OF_INTENT, TODAY.plusDays(30)), dated(Kind.REPOSE, TODAY.plusDays(900)));

        assertThat(NextDeadline.among(deadlines, TODAY)).contains(new NextDeadline(TODAY.plusDays(30), Kind.NOTICE_OF_INTENT));
    }

    @Test
    void countsADeadlineDueTodayAndBreaksATieByKind() {
        List<Deadline> deadlines = List.of(dated(Kind.CERTIFICATE_OF_MERIT, TODAY), dated(Kind.LIMITATIONS, TODAY));

        assertThat(NextDeadline.among(deadlines, TODAY)).contains(new NextDeadline(TODAY, Kind.LIMITATIONS));
    }

    @Test
    void hasNoneWhenEveryDeadlineIsPastOrUndated() {
        assertThat(NextDeadline.among(List.of(dated(Kind.LIMITATIONS, TODAY.minusDays(1)), undated(Kind.CERTIFICATE_OF_MERIT)),
                TODAY)).isEmpty();
        assertThat(NextDeadline.among(List.of(), TODAY)).isEmpty();
        assertThat(NextDeadline.among(null, TODAY)).isEmpty();
    }

    @Test
    void takesTheSoonestAcrossDefendants() {
        Supplier<List<Deadline>> first = () -> List.of(dated(Kind.LIMITATIONS, TODAY.plusDays(200)));
        Supplier<List<Deadline>> second = () -> List.of(dated(Kind.CERTIFICATE_OF_MERIT, TODAY.plusDays(60)));

        NextDeadline.Outcome outcome = NextDeadline.of(List.of(first, second), TODAY);

        assertThat(outcome.next()).isEqualTo(new NextDeadline(TODAY.plusDays(60), Kind.CERTIFICATE_OF_MERIT));
        assertThat(outcome.complete()).isTrue();
    }

    @Test
    void leavesOutADefendantWhoseDatesCannotBeComputedAndSaysSo() {
        Supplier<List<Deadline>> inconsistent = () -> {
            throw new IllegalArgumentException("The answer cannot come before the complaint.");
        };
        Supplier<List<Deadline>> fine = () -> List.of(dated(Kind.LIMITATIONS, TODAY.plusDays(10)));

        NextDeadline.Outcome outcome = NextDeadline.of(List.of(inconsistent, fine), TODAY);

        assertThat(outcome.next()).isEqualTo(new NextDeadline(TODAY.plusDays(10), Kind.LIMITATIONS));
        assertThat(outcome.complete()).isFalse();
        assertThat(NextDeadline.of(List.of(inconsistent), TODAY)).isEqualTo(new NextDeadline.Outcome(null, false));
    }

    @Test
    void aCaseWithoutDefendantsHasNoDeadlineAndNothingMissing() {
        assertThat(NextDeadline.of(List.of(), TODAY)).isEqualTo(NextDeadline.Outcome.NONE);
    }

    @Test
    void agreesWithTheCalculatorForARealCase() {
        DeadlineRule pennsylvania = DefaultDeadlineRules.forState("PA").orElseThrow();
        CaseDates dates = CaseDates.incidentOn(LocalDate.of(2025, 6, 1)).withDiscovery(LocalDate.of(2025, 7, 15))
                .withClaimantBorn(LocalDate.of(1970, 3, 4));
        List<Deadline> computed = DeadlineCalculator.forDefendant(pennsylvania, dates, null, List.of());
        Deadline soonest = computed.stream().filter(Deadline::dated).filter(d -> !d.date().isBefore(TODAY))
                .min((a, b) -> a.date().compareTo(b.date())).orElseThrow();

        NextDeadline.Outcome outcome = NextDeadline.of(
                List.of(() -> DeadlineCalculator.forDefendant(pennsylvania, dates, null, List.of())), TODAY);

        assertThat(outcome.next()).isEqualTo(new NextDeadline(soonest.date(), soonest.kind()));
        assertThat(outcome.complete()).isTrue();
    }

    private static Deadline dated(Kind kind, LocalDate date) {
        return new Deadline(kind, date, date, List.of("counted for the test"));
    }

    private static Deadline undated(Kind kind) {
        return new Deadline(kind, null, null, List.of("not known yet"));
    }
}
