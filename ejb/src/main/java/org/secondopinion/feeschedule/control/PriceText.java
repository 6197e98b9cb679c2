package org.secondopinion.feeschedule.control;

import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * The text of a price file as the parsers read it, with what is needed to tell why reading
 * failed: the source itself (rethrown as the I/O error it is), broken compression, a span
 * over the limit, or content the parser cannot make sense of.
 */
final class PriceText {

    enum Failure { TOO_LONG, BROKEN_COMPRESSION, ENCODING, CONTENT }

    private final SourceStream source;
    private final SourceStream decompressed;
    private final GuardedReader reader;
    private final TextDecoder decoder;

    PriceText(SourceStream source, SourceStream decompressed, TextDecoder decoder, long spanLimit) {
        this.source = source;
        this.decompressed = decompressed;
        this.decoder = decoder;
        this.reader = new GuardedReader(decoder, spanLimit);
    }

    /** Tells the decoder where the parser is, so that a byte that is not text is reported at its line. */
    void lines(LongSupplier currentLine) {
        decoder.lines(currentLine);
    }

    GuardedReader reader() {
        return reader;
    }

    /** What made reading fail, or the source's own I/O error, thrown as it is. */
    Failure failure(Throwable thrown) throws IOException {
        if (source.failure() != null) {
            throw source.failure();
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof GuardedReader.SpanTooLong) {
                return Failure.TOO_LONG;
            }
            if (cause instanceof TextDecoder.Undecodable) {
                return Failure.ENCODING;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (decompressed != null && decompressed.failure() != null) {
            return Failure.BROKEN_COMPRESSION;
        }
        return Failure.CONTENT;
    }

    /** The rejection for bytes that are not text in the file's encoding, found among the causes of what was thrown. */
    static PriceFileRejected encodingProblem(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof TextDecoder.Undecodable undecodable) {
                return new PriceFileRejected(undecodable.line(), undecodable.getMessage());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return new PriceFileRejected("the file's text cannot be decoded");
    }

    String compressionProblem() {
        return "the gzip-compressed file is corrupt or cut short ("
                + (decompressed == null || decompressed.failure() == null ? "unknown" : decompressed.failure().getMessage()) + ")";
    }
}
