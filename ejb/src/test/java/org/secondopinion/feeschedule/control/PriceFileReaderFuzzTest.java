package org.secondopinion.feeschedule.control;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

/**
 * Jazzer fuzzing of the price-file reader: whatever the bytes, the read ends within five seconds in
 * a report or a {@link PriceFileRejected} with a message; any other exception, or a hang, is a finding
 * ({@link ReadCheck}, whose own test proves it catches seeded mutants). In the normal build it fuzzes
 * for a few seconds from the seed files beside this class (JAZZER_FUZZ=1 for the ejb tests); the long
 * run is {@code bench/PriceFileReaderLongFuzz} in {@code -Pbenchmark}.
 */
class PriceFileReaderFuzzTest {

    static final PriceFileFormat[] HINTS = {null, PriceFileFormat.TALL_CSV, PriceFileFormat.WIDE_CSV,
            PriceFileFormat.JSON};

    private static final ReadCheck CHECK = new ReadCheck(Duration.ofSeconds(5));

    private final PriceFileReader reader = new PriceFileReader(new ImportLimits(50, 50, 1 << 16, 1 << 16));

    @FuzzTest(maxDuration = "8s")
    void anyInputEndsInAReportOrAClearRejection(FuzzedDataProvider data) {
        fuzzOnce(reader, CHECK, data);
    }

    /** One fuzz input: a layout hint (or none) and the file's bytes, read as the importer reads them. */
    static void fuzzOnce(PriceFileReader reader, ReadCheck check, FuzzedDataProvider data) {
        PriceFileFormat hint = HINTS[data.consumeInt(0, HINTS.length - 1)];
        byte[] content = data.consumeRemainingAsBytes();
        check.check(bytes -> reader.read(new ByteArrayInputStream(bytes), hint, charge -> { }), content);
    }

    @AfterAll
    static void stopTheWorker() {
        CHECK.close();
    }
}
