package org.secondopinion.legal.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period in which the limitations clock stops: a notice-of-intent period, a bankruptcy stay, the defendant's absence
 * from the state. Both days count; periods that overlap count once.
 *
 * @param from   the first day the clock stands still
 * @param to     the last day it stands still
 * @param reason what stopped it, in words a person can check ("bankruptcy stay")
 */
public record TollingEvent(LocalDate from, LocalDate to, String reason) {

    public TollingEvent {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A tolling period needs its first and its last day.");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A tolling period cannot end on " + to + ", before it starts on " + from + ".");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A tolling period needs the reason the clock stopped.");
        }
    }

    /** The days of the period, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
