package org.secondopinion.feeschedule.control;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses a span of text longer than its limit. Parsers build each CSV record
 * or JSON value in memory; a quote that is never closed, or one huge value, would otherwise
 * read the rest of a multi-gigabyte file into one string. The parser marks where each span
 * starts (a record, a JSON event, a JSON item); the count includes the parser's read-ahead,
 * so limits are approximate by a buffer's length.
 */
final class GuardedReader extends Reader {

    /** The span limit was passed. */
    static final class SpanTooLong extends IOException {

        private static final long serialVersionUID = 1L;

        SpanTooLong(long limit) {
            super("more than " + limit + " characters without an end");
        }
    }

    private final Reader in;
    private long position;
    private long spanStart;
    private long spanLimit;
    private boolean atEnd;
    private char lastChar = '\n';

    GuardedReader(Reader in, long spanLimit) {
        this.in = in;
        this.spanLimit = spanLimit;
    }

    /** Starts counting a new span at the current position. */
    void startSpan(long limit) {
        spanStart = position;
        spanLimit = limit;
    }

    long spanLimit() {
        return spanLimit;
    }

    /** Whether the last character handed out ended a line (or none was): the next one starts a line. */
    boolean atLineStart() {
        return lastChar == '\n' || lastChar == '\r';
    }

    /** Whether the text has been read to its end. */
    boolean atEnd() {
        return atEnd;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            atEnd = true;
            return n;
        }
        position += n;
        if (n > 0) {
            lastChar = buffer[offset + n - 1];
        }
        if (position - spanStart > spanLimit) {
            throw new SpanTooLong(spanLimit);
        }
        return n;
    }

    @Override
    public void close() {
        // the caller owns the source stream and closes it
    }
}
