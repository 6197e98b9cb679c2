package org.secondopinion.legal.control;

import java.time.LocalDate;
import java.util.List;

/**
 * When to remind of a deadline: 180, 90, 60 and 30 days before it. A timer asks which reminders fell due since it
 * last ran, so one that runs daily, or misses days, sends each reminder once.
 */
public final class Reminders {

    /** Days before a deadline on which a reminder is due, furthest first. */
    public static final List<Integer> THRESHOLDS = List.of(180, 90, 60, 30);

    private Reminders() {
    }

    /**
     * The thresholds whose reminder day falls after the last run and on or before today, furthest first. A first
     * run gets every reminder already due; a deadline already past gets none.
     *
     * @param deadline the deadline
     * @param lastRun  the day the timer last ran, not included; null when it never ran
     * @param today    today, included
     */
    public static List<Integer> dueBetween(LocalDate deadline, LocalDate lastRun, LocalDate today) {
        if (deadline == null || today == null) {
            throw new IllegalArgumentException("Reminders need the deadline and today's date.");
        }
        if (lastRun != null && lastRun.isAfter(today)) {
            throw new IllegalArgumentException("The last run on " + lastRun + " cannot be after today, " + today + ".");
        }
        if (today.isAfter(deadline)) {
            return List.of();
        }
        return THRESHOLDS.stream()
                .filter(days -> {
                    LocalDate remindOn = deadline.minusDays(days);
                    return (lastRun == null || remindOn.isAfter(lastRun)) && !remindOn.isAfter(today);
                })
                .toList();
    }
}
