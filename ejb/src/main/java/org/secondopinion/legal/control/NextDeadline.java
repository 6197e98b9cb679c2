package org.secondopinion.legal.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The next deadline of a case: the earliest dated deadline of any of its defendants on or after today (on the same
 * day, the kind that comes first in {@link Deadline.Kind}). Worked out safely for an overview of many cases: a
 * defendant whose dates cannot be computed (dates stored before today's checks, no rule for the state) is left out
 * and the outcome says it is incomplete, rather than one bad case taking the whole list down.
 *
 * @param date the last day
 * @param kind which deadline falls on it
 */
public record NextDeadline(LocalDate date, Deadline.Kind kind) {

    private static final Comparator<Deadline> SOONEST = Comparator.comparing(Deadline::date)
            .thenComparing(Deadline::kind);

    public NextDeadline {
        if (date == null || kind == null) {
            throw new IllegalArgumentException("A next deadline has its date and its kind.");
        }
    }

    /**
     * What could be worked out for one case.
     *
     * @param next     the next deadline; null when none is ahead (or none could be computed)
     * @param complete whether every defendant's deadlines could be computed; false also when there is no rule
     */
    public record Outcome(NextDeadline next, boolean complete) {

        /** A case without a rule for its state: nothing can be computed. */
        public static final Outcome NO_RULE = new Outcome(null, false);

        /** A case that needs no deadline (closed). */
        public static final Outcome NONE = new Outcome(null, true);
    }

    /** The soonest dated deadline on or after today among these; empty when none is. */
    public static Optional<NextDeadline> among(Collection<Deadline> deadlines, LocalDate today) {
        if (today == null) {
            throw new IllegalArgumentException("Today is required.");
        }
        if (deadlines == null) {
            return Optional.empty();
        }
        return deadlines.stream().filter(d -> d != null && d.date() != null && !d.date().isBefore(today))
                .min(SOONEST).map(d -> new NextDeadline(d.date(), d.kind()));
    }

    /**
     * The next deadline over a case's defendants, each given as the computation of its deadlines; a computation that
     * fails on inconsistent dates is left out and makes the outcome incomplete.
     */
    public static Outcome of(List<? extends Supplier<List<Deadline>>> defendants, LocalDate today) {
        if (today == null) {
            throw new IllegalArgumentException("Today is required.");
        }
        if (defendants == null || defendants.isEmpty()) {
            return new Outcome(null, true);
        }
        NextDeadline soonest = null;
        boolean complete = true;
        for (Supplier<List<Deadline>> defendant : defendants) {
            List<Deadline> deadlines;
            try {
                deadlines = defendant.get();
            } catch (IllegalArgumentException | DateTimeException | ArithmeticException inconsistent) {
                complete = false;
                continue;
            }
            Optional<NextDeadline> next = among(deadlines, today);
            if (next.isPresent() && (soonest == null || sooner(next.get(), soonest))) {
                soonest = next.get();
            }
        }
        return new Outcome(soonest, complete);
    }

    private static boolean sooner(NextDeadline a, NextDeadline b) {
        return a.date().isBefore(b.date()) || (a.date().equals(b.date()) && a.kind().compareTo(b.kind()) < 0);
    }
}
