package org.secondopinion.web.requestlog;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties an answer to its log lines. A caller (a proxy, another system) may send its own in
 * {@code X-Request-Id}; it is kept only when sane: 1 to 64 characters of {@code A-Z a-z 0-9 . _ -}. Anything else
 * (too long, spaces, quotes, line breaks, non-ASCII) is replaced by a new id and never echoed, so a header cannot
 * inject another header or forge a log line.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final int MAX_LENGTH = 64;
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

    private RequestId() {
    }

    /** The caller's id if it is sane, else a new one. */
    public static String chosen(String offered) {
        return isSane(offered) ? offered : fresh();
    }

    public static boolean isSane(String offered) {
        return offered != null && SANE.matcher(offered).matches();
    }

    /** A new random id (a UUID, 36 characters). */
    public static String fresh() {
        return UUID.randomUUID().toString();
    }
}
