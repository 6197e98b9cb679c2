package org.secondopinion.web.error;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached (down, restarting, refusing connections, the pool unable to
 * hand out one in time) rather than a fault of the request or of the code: then the caller is told to come back in a
 * few seconds (503 with {@code Retry-After}) instead of getting a 500. The database's own error arrives wrapped, in an
 * {@code EJBException}, a {@code PersistenceException}, EclipseLink's {@code DatabaseException}, the pool's
 * {@code ResourceException} or a failed commit, so the whole chain of causes is read.
 */
public final class DatabaseUnavailable {

    /** Seconds a caller is asked to wait before sending the request again. */
    public static final int RETRY_AFTER_SECONDS = 5;
    // a connection that breaks during the commit leaves its outcome unknown: the change may have been saved
    public static final String DETAIL = "The database is not answering at the moment; the request may not have been"
            + " saved. Send it again in a few seconds, with the same Idempotency-Key if it had one.";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = thrown; cause != null && seen.add(cause); cause = next(cause)) {
            if (isConnectionFailure(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The deepest cause, for a one-line log entry: the outage is expected, its stack trace says nothing (and
     * EclipseLink's exceptions print theirs in {@code toString}).
     */
    public static String rootCause(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable deepest = thrown;
        while (deepest.getCause() != null && seen.add(deepest)) {
            deepest = deepest.getCause();
        }
        return deepest.getClass().getName() + ": " + deepest.getMessage();
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ResourceException) {
            return true;
        }
        return cause instanceof SQLException sql && unavailableState(sql.getSQLState());
    }

    /**
     * SQLSTATE class 08 (connection exception), and PostgreSQL's 57P01 to 57P03 (terminated by an administrator or a
     * crash, cannot connect now: a database shutting down or starting) and 53300 (too many connections).
     */
    static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("53300"));
    }

    private static Throwable next(Throwable cause) {
        if (cause.getCause() != null) {
            return cause.getCause();
        }
        return cause instanceof SQLException sql ? sql.getNextException() : null;
    }
}
