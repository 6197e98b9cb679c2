package org.secondopinion.legal.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One deadline of a defendant, with the reasons for its date.
 *
 * @param kind           which deadline it is
 * @param date           the last day, moved to a business day; null when it cannot be known yet (a certificate due
 *                       with a complaint not yet filed, or after an answer not yet given)
 * @param beforeRollForward the date as counted, before a weekend or holiday moved it; null when date is null
 * @param explanation    plain sentences with the numbers and the source, in the order the date was worked out
 */
public record Deadline(Kind kind, LocalDate date, LocalDate beforeRollForward, List<String> explanation)
        implements Serializable {

    /** The deadlines of a malpractice case. */
    public enum Kind {
        LIMITATIONS, REPOSE, CERTIFICATE_OF_MERIT, NOTICE_OF_INTENT
    }

    public Deadline {
        if (kind == null) {
            throw new IllegalArgumentException("A deadline needs its kind.");
        }
        if ((date == null) != (beforeRollForward == null)) {
            throw new IllegalArgumentException("A deadline has both its date and the date before roll-forward, or neither.");
        }
        if (explanation == null || explanation.isEmpty()) {
            throw new IllegalArgumentException("A deadline needs the sentences that explain it.");
        }
        explanation = List.copyOf(explanation);
    }

    /** Whether the date is known. */
    public boolean dated() {
        return date != null;
    }

    /** Whether a weekend or holiday moved the date. */
    public boolean moved() {
        return date != null && !date.equals(beforeRollForward);
    }
}
