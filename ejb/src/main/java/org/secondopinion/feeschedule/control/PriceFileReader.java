package org.secondopinion.feeschedule.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a hospital's standard-charge file in the CMS hospital price transparency format
 * (template 3.0.0 or 2.x; tall CSV, wide CSV or JSON) and passes each price fact to a sink
 * as it is read. Memory stays bounded whatever the file's size: nothing but the current
 * record (CSV) or item (JSON) is held, and only the first rejections and warnings are kept.
 *
 * <p>Every input ends in an {@link ImportReport} or a {@link PriceFileRejected} that says
 * why; an {@link IOException} only ever comes from the stream itself. Bad rows are rejected
 * with their line and the field at fault, and the good ones kept. The sink may see charges
 * of a file that is rejected later (a JSON file cut short): a caller that stores them
 * discards them when the read ends in {@code PriceFileRejected}. Exceptions the sink throws
 * pass through unchanged. The stream is not closed. Instances are stateless and thread-safe.
 *
 * <p>Text is decoded strictly (see {@link TextDecoder}): UTF-8, or UTF-16 by its byte order mark; a file that
 * is ASCII up to a byte that is not UTF-8 is read as Windows-1252 from there, with a warning first in the report;
 * other bytes that are not text reject the file with their line and encoding, so no name is stored garbled.
 */
public final class PriceFileReader {

    private static final int BUFFER = 64 * 1024;
    private static final int HEAD = 4 * 1024;

    private final ImportLimits limits;

    public PriceFileReader() {
        this(ImportLimits.DEFAULTS);
    }

    public PriceFileReader(ImportLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Reads a file whose layout is told from its content: JSON starts with "{", CSV layouts by their item headers. */
    public ImportReport read(InputStream in, Consumer<StandardCharge> sink) throws IOException, PriceFileRejected {
        return read(in, null, sink);
    }

    /**
     * Reads a file expected in the given layout (from its name or the uploader's choice); a
     * file in another layout is rejected. A null layout is told from the content.
     */
    public ImportReport read(InputStream in, PriceFileFormat expected, Consumer<StandardCharge> sink)
            throws IOException, PriceFileRejected {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        SourceStream source = new SourceStream(in);
        BufferedInputStream bytes = new BufferedInputStream(source, BUFFER);
        SourceStream decompressed = null;
        byte[] head = head(bytes, source, null);
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            decompressed = gunzip(bytes, source);
            bytes = new BufferedInputStream(decompressed, BUFFER);
            head = head(bytes, source, decompressed);
        }
        refuseNonText(head);
        Charset charset = charset(head);
        int byteOrderMark = byteOrderMarkLength(head);
        char first = firstVisible(head, byteOrderMark, charset);
        skipFully(bytes, byteOrderMark);
        ImportTally tally = new ImportTally(limits, sink);
        TextDecoder decoder = new TextDecoder(bytes, charset, byteOrderMark > 0, (encoding, line) -> tally.notice(
                new ImportIssue(line, "line " + line, null, "the file is not UTF-8: it is read as " + encoding
                        + " from this line on, the first with a byte that is not UTF-8 (the lines before it are"
                        + " plain ASCII, the same in both); save the file as UTF-8 to be sure of its names")));
        PriceText text = new PriceText(source, decompressed, decoder, limits.maxRecordChars());
        if (first == '{') {
            if (expected != null && expected != PriceFileFormat.JSON) {
                throw new PriceFileRejected("the file was expected to be a " + expected.label() + ", but it is JSON");
            }
            new JsonPriceFile(text, limits, tally).read();
        } else if (first == '[') {
            throw new PriceFileRejected("the file is a JSON array; a CMS JSON price file is one object with "
                    + "hospital_name, last_updated_on and standard_charge_information");
        } else {
            if (expected == PriceFileFormat.JSON) {
                throw new PriceFileRejected("the file was expected to be JSON, but it does not start with \"{\"");
            }
            new CsvPriceFile(text, limits, tally, expected).read();
        }
        return tally.report(decompressed != null ? decompressed.bytesRead() : source.bytesRead());
    }

    /** The first bytes, left unread in the stream. */
    private static byte[] head(BufferedInputStream bytes, SourceStream source, SourceStream decompressed)
            throws IOException, PriceFileRejected {
        byte[] head = new byte[HEAD];
        int length = 0;
        bytes.mark(HEAD);
        try {
            int n;
            while (length < HEAD && (n = bytes.read(head, length, HEAD - length)) > 0) {
                length += n;
            }
        } catch (IOException e) {
            if (source.failure() != null || decompressed == null) {
                throw e;
            }
            throw new PriceFileRejected("the gzip-compressed file is corrupt or cut short (" + e.getMessage() + ")");
        }
        bytes.reset();
        if (length == 0) {
            throw new PriceFileRejected("the file is empty");
        }
        return Arrays.copyOf(head, length);
    }

    private static SourceStream gunzip(BufferedInputStream bytes, SourceStream source) throws IOException, PriceFileRejected {
        try {
            return new SourceStream(new GZIPInputStream(bytes, BUFFER));
        } catch (IOException e) {
            if (source.failure() != null) {
                throw source.failure();
            }
            throw new PriceFileRejected("the file starts like gzip but is not (" + e.getMessage() + ")");
        }
    }

    /** Archives, PDFs and binary files are refused before any parser sees them. */
    private static void refuseNonText(byte[] head) throws PriceFileRejected {
        if (startsWith(head, 'P', 'K', 3, 4)) {
            throw new PriceFileRejected("the file is a ZIP archive (an Excel workbook is one too); "
                    + "import the CSV or JSON file itself");
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            throw new PriceFileRejected("the file is a PDF; import the CSV or JSON price file");
        }
        if ((head[0] & 0xFF) == 0x1F && head.length > 1 && (head[1] & 0xFF) == 0x8B) {
            throw new PriceFileRejected("the file is compressed twice; unpack it once and import the result");
        }
        if (utf16(head) == null) {
            for (byte b : head) {
                if (b == 0) {
                    throw new PriceFileRejected("the file is not text (it holds NUL bytes); import the CSV or JSON price file");
                }
            }
        }
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static Charset charset(byte[] head) {
        Charset utf16 = utf16(head);
        return utf16 != null ? utf16 : StandardCharsets.UTF_8;
    }

    /** UTF-16 by its byte order mark, or by the NUL byte beside each ASCII character; null for anything else. */
    private static Charset utf16(byte[] head) {
        if (startsWith(head, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        int pairs = head.length / 2;
        if (pairs < 2) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            evenNul += head[i] == 0 ? 1 : 0;
            oddNul += head[i + 1] == 0 ? 1 : 0;
        }
        if (oddNul * 10 >= pairs * 9 && evenNul == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul * 10 >= pairs * 9 && oddNul == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int byteOrderMarkLength(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
            return 2;
        }
        return 0;
    }

    private static char firstVisible(byte[] head, int offset, Charset charset) {
        String start = new String(head, offset, head.length - offset, charset);
        for (int i = 0; i < start.length(); i++) {
            char c = start.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF' && c != '\u00A0') {
                return c;
            }
        }
        return ' ';
    }

    private static void skipFully(InputStream bytes, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            if (bytes.read() < 0) {
                return;
            }
        }
    }
}
