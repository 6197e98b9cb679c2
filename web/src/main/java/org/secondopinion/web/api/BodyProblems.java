package org.secondopinion.web.api;

import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON body the reader could not map, in the caller's words: the field at fault (the innermost
 * property the reader names) and, for a day, that it must exist and be written yyyy-mm-dd. Never the reader's own
 * text, which names Java classes.
 */
final class BodyProblems {

    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z_][A-Za-z0-9_]*)'");

    private BodyProblems() {
    }

    /** The field the reader failed on, or null when it names none. */
    static String field(Throwable thrown) {
        String field = null;
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null) {
                Matcher matcher = PROPERTY.matcher(cause.getMessage());
                while (matcher.find()) {
                    field = matcher.group(1);
                }
            }
        }
        return field;
    }

    /** Whether the value that failed was meant to be a date or time. */
    static boolean isDate(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DateTimeException
                    || cause.getMessage() != null && cause.getMessage().matches("(?s).*java\\.time\\.Local(Date|DateTime)\\b.*")) {
                return true;
            }
        }
        return false;
    }

    /** The sentence for one field. */
    static String message(Throwable thrown) {
        return isDate(thrown) ? "is not a date that exists; write it as yyyy-mm-dd, for example 1980-02-29."
                : "has a value of the wrong kind for this field.";
    }
}
