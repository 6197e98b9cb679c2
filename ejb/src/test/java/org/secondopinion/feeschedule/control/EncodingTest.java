package org.secondopinion.feeschedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file's text is decoded right or the file is refused with the line and the encoding; a name is never stored
 * with its letters replaced. UTF-8 is read strictly; a file that is ASCII up to its first byte that is not UTF-8
 * is read as Windows-1252 from there on, with a warning; anything else is refused.
 */
class EncodingTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String HEADER = "hospital_name,last_updated_on,version\nCl\u00ednica San Jos\u00e9,2026-01-15,3.0.0\n"
            + "description,code|1,code|1|type,setting,standard_charge|gross\n";
    private static final String ASCII_HEADER = "hospital_name,last_updated_on,version\nLakeside General Hospital,2026-01-15,3.0.0\n"
            + "description,code|1,code|1|type,setting,standard_charge|gross\n";

    record Readable(String name, byte[] content, String description, Long warningLine) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Readable> readable() {
        String cafe = "Caf\u00e9 au lait allergy panel,86003,CPT,outpatient,40\n";
        return Stream.of(
                new Readable("UTF-8 with accents", utf8(HEADER + cafe), "Caf\u00e9 au lait allergy panel", null),
                new Readable("UTF-8 with a byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        utf8(HEADER + cafe)), "Caf\u00e9 au lait allergy panel", null),
                new Readable("UTF-16LE with a byte order mark", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        (HEADER + cafe).getBytes(StandardCharsets.UTF_16LE)), "Caf\u00e9 au lait allergy panel", null),
                // ASCII up to line 4, where 0xE9 is not UTF-8: Windows-1252 from there on, 0x96 is an en dash
                new Readable("Windows-1252 (ASCII header)", (ASCII_HEADER + "Caf\u00e9 \u2013 allergy panel,86003,CPT,"
                        + "outpatient,40\n").getBytes(WINDOWS_1252), "Caf\u00e9 \u2013 allergy panel", 4L),
                // the byte that is not UTF-8 starts line 4
                new Readable("Windows-1252 from the first byte of a line", (ASCII_HEADER + "\u00c9clair allergy panel,"
                        + "86003,CPT,outpatient,40\n").getBytes(WINDOWS_1252), "\u00c9clair allergy panel", 4L),
                // the first byte that is not UTF-8 is past the decoder's 16 KiB buffer, on line 2,004
                new Readable("Windows-1252 after 2,000 ASCII rows", (ASCII_HEADER
                        + "X-ray chest,71046,CPT,outpatient,140\n".repeat(2000)
                        + "Pi\u00f1a colada allergy panel,86003,CPT,outpatient,40\n").getBytes(WINDOWS_1252),
                        "Pi\u00f1a colada allergy panel", 2004L),
                new Readable("Windows-1252 JSON", ("{\"hospital_name\":\"Lakeside\",\"last_updated_on\":\"2026-01-15\","
                        + "\"version\":\"3.0.0\",\n\"standard_charge_information\":[{\"description\":\"Caf\u00e9 panel\","
                        + "\"code_information\":[{\"code\":\"86003\",\"type\":\"CPT\"}],\"standard_charges\":"
                        + "[{\"setting\":\"outpatient\",\"gross_charge\":40}]}]}").getBytes(WINDOWS_1252),
                        "Caf\u00e9 panel", 2L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readable")
    void decodesTheNamesRight(Readable c) throws Exception {
        Imported imported = Imported.bytes(c.content());

        assertThat(imported.charges()).extracting(StandardCharge::description).last().isEqualTo(c.description());
        assertThat(imported.charges()).extracting(StandardCharge::description).noneMatch(d -> d.contains("\uFFFD"));
        List<ImportIssue> encodingWarnings = imported.report().warnings().stream()
                .filter(w -> w.message().contains("not UTF-8")).toList();
        if (c.warningLine() == null) {
            assertThat(encodingWarnings).isEmpty();
        } else {
            assertThat(encodingWarnings).singleElement().satisfies(w -> {
                assertThat(w.line()).isEqualTo(c.warningLine());
                assertThat(w.message()).contains("read as Windows-1252 from this line on");
            });
        }
    }

    record Refused(String name, byte[] content, long line, String message) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refused> refused() {
        byte[] windows1252Row = "Caf\u00e9 panel,86003,CPT,outpatient,40\n".getBytes(WINDOWS_1252);
        return Stream.of(
                // the header's "Clínica San José" is UTF-8, so 0xE9 on line 4 cannot be Windows-1252 as well
                new Refused("UTF-8, then a Windows-1252 byte", concat(utf8(HEADER), windows1252Row), 4,
                        "line 4: the text is not UTF-8 here (byte 0xE9; it looks like Windows-1252)"),
                new Refused("a UTF-8 byte order mark, then a Windows-1252 byte", concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(ASCII_HEADER), windows1252Row), 4,
                        "line 4: the file is UTF-8 by its byte order mark, but byte 0xE9 here is not UTF-8 (it looks like Windows-1252)"),
                new Refused("UTF-8, then a Windows-1252 byte starting a line", concat(utf8(HEADER),
                        "\u00c9clair panel,86003,CPT,outpatient,40\n".getBytes(WINDOWS_1252)), 4,
                        "line 4: the text is not UTF-8 here (byte 0xC9; it looks like Windows-1252)"),
                // 0x81 is not defined in Windows-1252 either
                new Refused("a byte neither UTF-8 nor Windows-1252", concat(utf8(ASCII_HEADER), windows1252Row,
                        new byte[] {'X', (byte) 0x81, ',', '1', ',', 'C', 'P', 'T', ',', 'o', 'u', 't', 'p', 'a', 't',
                                'i', 'e', 'n', 't', ',', '1', '\n'}), 5,
                        "line 5: byte 0x81 is not a character in Windows-1252, which the file was read as from line 4"),
                // an unpaired surrogate (0xD800) in UTF-16LE
                new Refused("broken UTF-16", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        ASCII_HEADER.getBytes(StandardCharsets.UTF_16LE), new byte[] {0x00, (byte) 0xD8, 'A', 0},
                        "panel,1,CPT,outpatient,1\n".getBytes(StandardCharsets.UTF_16LE)), 4,
                        "line 4: the file is UTF-16LE by its byte order mark, but bytes 0x00 0xD8 0x41 0x00 here are not UTF-16LE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesTextItCannotDecodeNamingTheLineAndEncoding(Refused c) {
        assertThatThrownBy(() -> Imported.bytes(c.content()))
                .isInstanceOfSatisfying(PriceFileRejected.class, rejected -> {
                    assertThat(rejected.line()).isEqualTo(c.line());
                    assertThat(rejected.getMessage()).startsWith(c.message()).contains("import it again")
                            .doesNotContain("Exception", "java.");
                });
    }

    @Test
    void namesTheLikelyEncodingWhenUtf8TextTurnsIntoWindows1252() {
        assertThatThrownBy(() -> Imported.bytes(concat(utf8(HEADER),
                "Caf\u00e9 panel,86003,CPT,outpatient,40\n".getBytes(WINDOWS_1252))))
                .hasMessageContaining("; it looks like Windows-1252)")
                .hasMessageContaining("though the lines before it are UTF-8");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
