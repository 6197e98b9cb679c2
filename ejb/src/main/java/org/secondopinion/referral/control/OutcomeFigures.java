package org.secondopinion.referral.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.secondopinion.referral.entity.OpinionOutcome;

/**
 * The figures of delivered opinions over a period: median turnaround (records complete to
 * delivery, in days) and the outcome rates the dashboard sets beside the published ones.
 */
public final class OutcomeFigures {

    /** One delivered opinion: how long it took and what it concluded. */
    public record Delivered(Duration turnaround, Set<OpinionOutcome> outcomes) {
    }

    /** Percentages with one decimal; null when nothing was delivered. */
    public record Figures(int delivered, BigDecimal medianTurnaroundDays, BigDecimal confirmedPercent,
                          BigDecimal diagnosisRefinedPercent, BigDecimal diagnosisChangedPercent,
                          BigDecimal treatmentChangedPercent) {
    }

    private OutcomeFigures() {
    }

    public static Figures of(List<Delivered> delivered) {
        if (delivered.isEmpty()) {
            return new Figures(0, null, null, null, null, null);
        }
        List<Duration> durations = new ArrayList<>();
        delivered.stream().map(Delivered::turnaround).filter(d -> d != null).forEach(durations::add);
        Collections.sort(durations);
        BigDecimal median = durations.isEmpty() ? null : days(median(durations));
        return new Figures(delivered.size(), median,
                percent(delivered, OpinionOutcome.CONFIRMED),
                percent(delivered, OpinionOutcome.DIAGNOSIS_REFINED),
                percent(delivered, OpinionOutcome.DIAGNOSIS_CHANGED),
                percent(delivered, OpinionOutcome.TREATMENT_CHANGED));
    }

    static Duration median(List<Duration> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    private static BigDecimal days(Duration duration) {
        return BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(24 * 60), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(List<Delivered> delivered, OpinionOutcome outcome) {
        long count = delivered.stream().filter(d -> d.outcomes().contains(outcome)).count();
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(delivered.size()), 1, RoundingMode.HALF_UP);
    }
}
