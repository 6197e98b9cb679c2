package org.secondopinion.feeschedule.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Decodes a price file's bytes as they stream, so that no name is ever stored garbled. The text is UTF-8 (or
 * UTF-16 by its byte order mark), decoded strictly. A file without a byte order mark that is plain ASCII up to
 * its first byte that is not UTF-8 is read from there on as Windows-1252 (what Excel saves as "CSV" on a US
 * Windows machine; the ASCII before it reads the same in both), and the import says so. Anything else stops the
 * import with the line and the encoding: a file that declares UTF-8 or UTF-16 by its byte order mark and breaks
 * it, a file whose UTF-8 text is followed by other bytes (two encodings in one file), or a byte that Windows-1252
 * does not define either. Only the current buffer is held, whatever the file's size.
 *
 * <p>Nothing is done per character beyond decoding: UTF-8 text went beyond ASCII as soon as fewer characters came
 * out than bytes went in, and the line of a bad byte is the parser's, which has read every character before it
 * (characters decoded before a bad byte are handed over first, and the bad byte is met again on the next read).
 */
final class TextDecoder extends Reader {

    /** Bytes that are not text in the file's encoding; the message names the line and the encoding. */
    static final class Undecodable extends IOException {

        private static final long serialVersionUID = 1L;

        private final long line;

        Undecodable(long line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    /** Told once when the file turns out not to be UTF-8 and is read as Windows-1252 from a line on. */
    interface Fallback {
        void readAs(String encoding, long fromLine);
    }

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int BUFFER = 16 * 1024;

    private final InputStream in;
    private final boolean declared;
    private final Fallback fallback;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final byte[] array = bytes.array();
    private CharsetDecoder decoder;
    private boolean endOfInput;
    private boolean flushed;
    private boolean switched;
    private long switchedAt;
    private long bytesDecoded;
    private long charsDecoded;
    private LongSupplier line = () -> 0;

    /**
     * @param declared whether a byte order mark declares the charset (no fallback then)
     */
    TextDecoder(InputStream in, Charset charset, boolean declared, Fallback fallback) {
        this.in = in;
        this.declared = declared || !charset.equals(StandardCharsets.UTF_8);
        this.fallback = fallback;
        this.decoder = strict(charset);
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Where the parser is: the line the next character it reads is on. */
    void lines(LongSupplier currentLine) {
        this.line = currentLine;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            int bytesBefore = bytes.position();
            int charsBefore = out.position();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            bytesDecoded += bytes.position() - bytesBefore;
            charsDecoded += out.position() - charsBefore;
            if (result.isError()) {
                if (out.position() > offset) {
                    // the characters before the bad byte first, so that the parser's line is the bad byte's
                    break;
                }
                undecodable(result);
                continue;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                decoder.flush(out);
                flushed = true;
                break;
            }
            refill();
        }
        int decoded = out.position() - offset;
        return decoded == 0 && flushed ? -1 : decoded;
    }

    private void refill() throws IOException {
        bytes.compact();
        int n = in.read(array, bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void undecodable(CoderResult result) throws IOException {
        String shown = shown(result.length());
        long line = this.line.getAsLong();
        if (switched) {
            throw new Undecodable(line, shown + " is not a character in Windows-1252, which the file was "
                    + "read as from line " + switchedAt + " (it is not UTF-8); save the file as UTF-8 and import it again");
        }
        String charset = decoder.charset().name();
        if (declared) {
            String likely = utf8() && looksWindows1252() ? " (it looks like Windows-1252)" : "";
            throw new Undecodable(line, "the file is " + charset + " by its byte order mark, but " + shown
                    + (shown.startsWith("bytes") ? " here are not " : " here is not ") + charset + likely
                    + "; save the file as UTF-8 and import it again");
        }
        // every character of a multi-byte sequence took more than one byte: ASCII only while they are as many
        if (charsDecoded < bytesDecoded) {
            throw new Undecodable(line, "the text is not UTF-8 here (" + shown
                    + (looksWindows1252() ? "; it looks like Windows-1252" : "") + "), though the lines before it are"
                    + " UTF-8: a file has one encoding, so save it as UTF-8 and import it again");
        }
        decoder = strict(WINDOWS_1252);
        switched = true;
        switchedAt = line;
        fallback.readAs("Windows-1252", line);
    }

    /** The bad bytes in hex ("byte 0xE9", "bytes 0x00 0xD8"), at most four. */
    private String shown(int length) {
        StringBuilder text = new StringBuilder();
        int count = Math.min(bytes.limit() - bytes.position(), Math.max(1, Math.min(length, 4)));
        int end = bytes.position() + count;
        for (int i = bytes.position(); i < end; i++) {
            text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", array[i] & 0xFF));
        }
        return (count == 1 ? "byte " : "bytes ") + text;
    }

    private boolean utf8() {
        return decoder.charset().equals(StandardCharsets.UTF_8);
    }

    /** Whether the bytes ahead decode as Windows-1252 text up to the buffer's end. */
    private boolean looksWindows1252() {
        ByteBuffer ahead = bytes.duplicate();
        CharBuffer sink = CharBuffer.allocate(ahead.remaining() + 1);
        return !strict(WINDOWS_1252).decode(ahead, sink, true).isError();
    }

    @Override
    public void close() {
        // the caller owns the source stream and closes it
    }
}
