package org.secondopinion.feeschedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Any input ends in a report or a clear rejection of the whole file, never an unexpected exception. */
class UnreadableInputTest {

    private static final String HEADER = "hospital_name,last_updated_on,version\nLakeside General Hospital,2026-01-15,3.0.0\n";
    private static final String ITEM_HEADERS = "description,code|1,code|1|type,setting,standard_charge|gross\n";

    @Test
    void rejectsAnEmptyFile() {
        assertRejected(new byte[0], "the file is empty");
        assertRejected(" \n\r\n  \n".getBytes(StandardCharsets.UTF_8), "the file is empty");
    }

    @Test
    void rejectsTextThatIsNotAPriceFile() {
        assertRejected("Dear billing office,\nplease find our prices attached.\n", "line 1 is not the general header row");
    }

    @Test
    void rejectsAFileWithoutTheGeneralHeaderRows() {
        assertRejected(ITEM_HEADERS + "X-ray,71046,CPT,outpatient,140\n", "line 1 holds item headers");
    }

    @Test
    void rejectsBinaryFilesArchivesAndPdfsBeforeParsing() {
        assertRejected(new byte[] {'h', 'o', 0, 1, 2, 3, 4, 5, 0, 0, 7}, "not text");
        assertRejected(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, "ZIP archive");
        assertRejected("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "is a PDF");
        assertRejected(new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2}, "gzip");
    }

    @Test
    void rejectsAGzipFileCutShort() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER + ITEM_HEADERS);
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            csv.append("Item ").append(random.nextInt()).append(",99999,CPT,outpatient,").append(random.nextInt(5000)).append('\n');
        }
        byte[] small = gzip(Imported.resourceBytes("cms-v3-example-tall.csv"));
        byte[] large = gzip(csv.toString().getBytes(StandardCharsets.UTF_8));

        assertRejected(Arrays.copyOf(small, small.length / 2), "the gzip-compressed file is corrupt or cut short");
        assertRejected(Arrays.copyOf(large, large.length / 2), "the gzip-compressed file is corrupt or cut short");
    }

    @Test
    void rejectsAJsonFileCutShortWithItsLineAfterPassingOnWhatItRead() {
        byte[] json = Imported.resourceBytes("cms-v3-example.json");
        byte[] half = Arrays.copyOf(json, json.length / 2);
        long lastLine = new String(half, StandardCharsets.UTF_8).lines().count();
        List<StandardCharge> received = new ArrayList<>();

        assertThatThrownBy(() -> new PriceFileReader().read(new ByteArrayInputStream(half), received::add))
                .isInstanceOf(PriceFileRejected.class)
                .hasMessageStartingWith("line " + lastLine + ": the JSON is malformed or cut short here")
                .satisfies(e -> assertThat(((PriceFileRejected) e).line()).isEqualTo(lastLine));
        // the caller discards these: the file as a whole is rejected
        assertThat(received).isNotEmpty();
    }

    @Test
    void rejectsMalformedJson() {
        assertRejected("{\"hospital_name\": \"Lakeside\", \"last_updated_on\" \"2026-01-15\"}", "line 1: the JSON is malformed");
        assertRejected("[{\"hospital_name\": \"Lakeside\"}]", "JSON array");
        assertRejected("{}", "last_updated_on is missing");
        assertRejected("{\"last_updated_on\": \"2026-01-15\", \"standard_charge_information\": []}", "no standard_charge_information");
        assertRejected("{\"last_updated_on\": \"15.01.2026\"}", "last_updated_on \"15.01.2026\" is not a date");
        assertRejected("{\"last_updated_on\": {\"date\": \"2026-01-15\"}}", "last_updated_on is blank");
    }

    @Test
    void rejectsAnItemThatIsNotAnObjectOrNestedTooDeepAndKeepsTheOthers() throws Exception {
        String deep = "[".repeat(100) + "]".repeat(100);
        String json = "{\"hospital_name\": \"Lakeside\", \"last_updated_on\": \"2026-01-15\", \"version\": \"3.0.0\","
                + "\"vendor_extension\": " + deep + ","
                + "\"standard_charge_information\": [\"not an item\", {\"description\": \"X\", \"nested\": " + deep + "},"
                + "{\"description\": \"Chest X-ray\", \"code_information\": [{\"code\": \"71046\", \"type\": \"CPT\"}],"
                + " \"standard_charges\": [{\"setting\": \"outpatient\", \"gross_charge\": 140}]}]}";

        Imported imported = Imported.text(json);

        assertThat(imported.charges()).extracting(StandardCharge::description).containsExactly("Chest X-ray");
        assertThat(imported.report().rejections()).extracting(ImportIssue::location, ImportIssue::message).containsExactly(
                tuple("standard_charge_information[0]", "is not an object"),
                tuple("standard_charge_information[1]", "is nested deeper than 32 levels"));
        assertThat(imported.report().warnings()).extracting(ImportIssue::message)
                .contains("keys not in the CMS template are ignored: vendor_extension");
    }

    @Test
    void rejectsTheLastRowWhenTheFileEndsInsideAQuote() throws Exception {
        Imported imported = Imported.text(HEADER + ITEM_HEADERS + "X-ray,71046,CPT,outpatient,140\n\"Knee MRI, left,73721,CPT,outp");

        assertThat(imported.charges()).hasSize(1);
        assertThat(imported.report().rejections()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(5);
            assertThat(issue.message()).contains("ends inside a quoted value");
        });
    }

    @Test
    void rejectsAQuoteNeverClosedWithoutReadingTheRestIntoMemory() {
        ImportLimits small = new ImportLimits(10, 10, 64 * 1024, 64 * 1024);
        StringBuilder csv = new StringBuilder(HEADER + ITEM_HEADERS + "\"X-ray,71046,CPT,outpatient,140\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("Item ").append(i).append(",99999,CPT,outpatient,10\n");
        }

        assertThatThrownBy(() -> Imported.bytes(csv.toString().getBytes(StandardCharsets.UTF_8), small))
                .isInstanceOf(PriceFileRejected.class)
                .hasMessage("line 4: a record runs past 65536 characters without ending; a quote mark is probably never closed");
    }

    @Test
    void rejectsAJsonValueOverTheLimit() {
        ImportLimits small = new ImportLimits(10, 10, 64 * 1024, 64 * 1024);
        String json = "{\"hospital_name\": \"" + "x".repeat(200_000) + "\"}";

        assertThatThrownBy(() -> Imported.bytes(json.getBytes(StandardCharsets.UTF_8), small))
                .isInstanceOf(PriceFileRejected.class)
                .hasMessageContaining("a value or item runs past 65536 characters");
    }

    @Test
    void rejectsAGeneralHeaderWithoutAUsableDateOrVersion() {
        assertRejected("hospital_name,last_updated_on,version\nLakeside,,3.0.0\n" + ITEM_HEADERS, "line 2: last_updated_on is blank");
        assertRejected("hospital_name,last_updated_on,version\nLakeside,31/12/2025,3.0.0\n" + ITEM_HEADERS,
                "line 2: last_updated_on \"31/12/2025\" is not a calendar date");
        assertRejected("hospital_name,last_updated_on,version\nLakeside,2026-01-15,1.1\n" + ITEM_HEADERS,
                "line 2: version \"1.1\" is not a template version this reads (2.x or 3.0.0)");
        assertRejected("hospital_name,last_updated_on,version\n", "line 2: the values of the general headers are missing");
    }

    @Test
    void rejectsItemHeadersThatCannotBeRead() {
        assertRejected(HEADER, "line 3: the item headers (description, code|1, code|1|type, setting, …) are missing");
        assertRejected(HEADER + "code|1,code|1|type,setting\n", "line 3: the item headers have no description column");
        assertRejected(HEADER + "description,code|1,setting\n", "line 3: code|1 and code|1|type come in pairs");
        assertRejected(HEADER + "description,code|1,code|1|type\n", "line 3: the item headers have no setting column");
        assertRejected(HEADER + "description,code|1,code|1|type,setting,payer_name,plan_name,standard_charge|Aetna|PPO|negotiated_dollar\n",
                "has both payer_name and plan_name columns");
        assertRejected(HEADER + ITEM_HEADERS, "the file has no items after the item headers on line 3");
    }

    @Test
    void infersAMissingVersionFromTheColumnsAndSaysSo() throws Exception {
        Imported imported = Imported.text("hospital_name,last_updated_on\nLakeside,2026-01-15\n"
                + "description,code|1,code|1|type,setting,payer_name,plan_name,standard_charge|negotiated_percentage,estimated_amount,standard_charge|methodology\n"
                + "ED visit,99284,CPT,outpatient,Aetna,PPO,60,480,percent of total billed charges\n");

        assertThat(imported.report().templateVersion()).isEqualTo(TemplateVersion.V2);
        assertThat(imported.charges()).hasSize(1);
        assertThat(imported.report().warnings()).extracting(ImportIssue::field).contains("version");
    }

    @Test
    void passesOnAnErrorOfTheStreamItselfAsIoException() {
        InputStream failing = new SequenceInputStream(
                new ByteArrayInputStream((HEADER + ITEM_HEADERS + "X-ray,71046,CPT,outpatient,140\n").getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }
                });

        assertThatThrownBy(() -> new PriceFileReader().read(failing, charge -> { }))
                .isInstanceOf(IOException.class)
                .hasMessage("connection reset");
    }

    @Test
    void passesOnWhatTheSinkThrows() {
        byte[] csv = Imported.resourceBytes("cms-v3-example-tall.csv");

        assertThatThrownBy(() -> new PriceFileReader().read(new ByteArrayInputStream(csv), charge -> {
            throw new IllegalStateException("database full");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database full");
    }

    /**
     * A small, seeded stand-in for the fuzz test to come: mutated example files end in a
     * report or a rejection with a message, never another exception.
     */
    @Test
    void endsEveryMutatedFileInAReportOrARejection() {
        ImportLimits small = new ImportLimits(5, 5, 16 * 1024, 32 * 1024);
        byte[] marks = "\",\n\r|{}[]:$%\u0000\u00ff ".getBytes(StandardCharsets.ISO_8859_1);
        int reports = 0;
        int rejections = 0;
        for (String name : List.of("cms-v3-example-tall.csv", "cms-v3-example-wide.csv", "cms-v3-example.json", "v2.json")) {
            byte[] original = Imported.resourceBytes(name);
            Random random = new Random(name.hashCode());
            for (int round = 0; round < 250; round++) {
                byte[] mutated = mutate(original, random, marks);
                try {
                    Imported.bytes(mutated, small);
                    reports++;
                } catch (PriceFileRejected e) {
                    assertThat(e.getMessage()).isNotBlank();
                    rejections++;
                } catch (RuntimeException | Error e) {
                    fail(name + " round " + round + ": unexpected " + e, e);
                }
            }
        }
        assertThat(reports).isPositive();
        assertThat(rejections).isPositive();
    }

    private static byte[] mutate(byte[] original, Random random, byte[] marks) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = marks[random.nextInt(marks.length)];
                case 1 -> bytes[at] = (byte) random.nextInt(256);
                case 2 -> bytes = Arrays.copyOf(bytes, Math.max(1, at));
                default -> {
                    int length = Math.min(bytes.length - at, random.nextInt(200));
                    byte[] grown = new byte[bytes.length + length];
                    System.arraycopy(bytes, 0, grown, 0, at + length);
                    System.arraycopy(bytes, at, grown, at + length, bytes.length - at);
                    bytes = grown;
                }
            }
        }
        return bytes;
    }

    private static void assertRejected(String content, String message) {
        assertRejected(content.getBytes(StandardCharsets.UTF_8), message);
    }

    private static void assertRejected(byte[] content, String message) {
        assertThatThrownBy(() -> Imported.bytes(content))
                .isInstanceOf(PriceFileRejected.class)
                .hasMessageContaining(message);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(content);
        }
        return compressed.toByteArray();
    }
}
