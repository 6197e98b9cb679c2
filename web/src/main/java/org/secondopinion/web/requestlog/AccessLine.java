package org.secondopinion.web.requestlog;

import java.nio.charset.StandardCharsets;

/**
 * One access-log line: {@code request=<id> user=<name or -> op="<METHOD> <path>" status=<code> ms=<duration>}.
 * The path is the one asked for without its query string, and no body is ever logged: both may carry patient data.
 * Every value is escaped (control characters, spaces, quotes, backslashes and non-ASCII as {@code %XX} of their
 * UTF-8 bytes; a path keeps its own percent-encoding), so nothing the caller sent can break the line or forge another.
 */
public record AccessLine(String requestId, String user, String method, String path, int status, long millis) {

    /** The user or API client, or {@code -} when anonymous. */
    static final String NOBODY = "-";

    public String format() {
        return "request=" + escape(requestId) + " user=" + (user == null || user.isEmpty() ? NOBODY : escape(user))
                + " op=\"" + escape(method) + " " + escape(withoutQuery(path)) + "\" status=" + status
                + " ms=" + millis;
    }

    /** The path up to its query string or fragment. */
    static String withoutQuery(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        int end = path.length();
        int query = path.indexOf('?');
        int fragment = path.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return path.substring(0, end);
    }

    /** Printable ASCII but space, quote and backslash stays; everything else becomes {@code %XX}. */
    static String escape(String value) {
        if (value == null) {
            return NOBODY;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && c != '"' && c != '\\' ) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
