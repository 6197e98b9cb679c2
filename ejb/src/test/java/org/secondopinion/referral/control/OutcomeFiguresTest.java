package org.secondopinion.referral.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.secondopinion.referral.control.OutcomeFigures.Delivered;
import org.secondopinion.referral.control.OutcomeFigures.Figures;
import org.secondopinion.referral.entity.OpinionOutcome;

class OutcomeFiguresTest {

    private static final Set<OpinionOutcome> CONFIRMED = EnumSet.of(OpinionOutcome.CONFIRMED);

    @Test
    void takesTheMiddleTurnaroundOfAnOddCountWhateverTheOrder() {
        Figures figures = OutcomeFigures.of(List.of(
                delivered(Duration.ofDays(9), CONFIRMED),
                delivered(Duration.ofDays(2), CONFIRMED),
                delivered(Duration.ofDays(5), CONFIRMED)));

        assertThat(figures.medianTurnaroundDays()).isEqualTo(new BigDecimal("5.0"));
    }

    @Test
    void averagesTheTwoMiddleTurnaroundsOfAnEvenCount() {
        Figures figures = OutcomeFigures.of(List.of(
                delivered(Duration.ofDays(9), CONFIRMED),
                delivered(Duration.ofDays(3), CONFIRMED),
                delivered(Duration.ofDays(1), CONFIRMED),
                delivered(Duration.ofDays(4), CONFIRMED)));

        // sorted 1, 3, 4, 9: (3 + 4) / 2 = 3.5 days
        assertThat(figures.medianTurnaroundDays()).isEqualTo(new BigDecimal("3.5"));
    }

    @Test
    void givesTheMedianInDaysWithOneDecimalRoundedHalfUp() {
        Figures figures = OutcomeFigures.of(List.of(
                delivered(Duration.ofHours(36), CONFIRMED),
                delivered(Duration.ofHours(48), CONFIRMED)));

        // (36 h + 48 h) / 2 = 42 h = 1.75 days -> 1.8
        assertThat(figures.medianTurnaroundDays()).isEqualTo(new BigDecimal("1.8"));
    }

    @Test
    void leavesOutOpinionsWithoutATurnaroundFromTheMedianButCountsThem() {
        Figures figures = OutcomeFigures.of(List.of(
                delivered(null, CONFIRMED),
                delivered(Duration.ofDays(6), CONFIRMED)));

        assertThat(figures.delivered()).isEqualTo(2);
        assertThat(figures.medianTurnaroundDays()).isEqualTo(new BigDecimal("6.0"));
    }

    @Test
    void givesOutcomePercentagesWithOneDecimal() {
        Figures figures = OutcomeFigures.of(List.of(
                delivered(Duration.ofDays(5), CONFIRMED),
                delivered(Duration.ofDays(5), EnumSet.of(OpinionOutcome.DIAGNOSIS_CHANGED, OpinionOutcome.TREATMENT_CHANGED)),
                delivered(Duration.ofDays(5), EnumSet.of(OpinionOutcome.TREATMENT_CHANGED))));

        // confirmed 1 of 3 = 33.33 -> 33.3; refined 0 of 3; changed 1 of 3; treatment changed 2 of 3 = 66.67 -> 66.7
        assertThat(figures.delivered()).isEqualTo(3);
        assertThat(figures.confirmedPercent()).isEqualTo(new BigDecimal("33.3"));
        assertThat(figures.diagnosisRefinedPercent()).isEqualTo(new BigDecimal("0.0"));
        assertThat(figures.diagnosisChangedPercent()).isEqualTo(new BigDecimal("33.3"));
        assertThat(figures.treatmentChangedPercent()).isEqualTo(new BigDecimal("66.7"));
    }

    @Test
    void givesAHundredPercentWithOneDecimal() {
        Figures figures = OutcomeFigures.of(List.of(delivered(Duration.ofDays(1), CONFIRMED)));

        assertThat(figures.confirmedPercent()).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void givesNoFiguresWhenNothingWasDelivered() {
        Figures figures = OutcomeFigures.of(List.of());

        assertThat(figures).isEqualTo(new Figures(0, null, null, null, null, null));
    }

    private static Delivered delivered(Duration turnaround, Set<OpinionOutcome> outcomes) {
        return new Delivered(turnaround, outcomes);
    }
}
