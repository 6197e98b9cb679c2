package org.secondopinion.feeschedule.control;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

/**
 * The long fuzz run of the price-file reader, ten minutes with the same oracle as
 * {@link PriceFileReaderFuzzTest}: only in {@code ./mvnw -Pbenchmark -pl ejb verify} (its name is
 * not a test name, so the normal build never runs it). Its seeds are the short run's, copied by the
 * benchmark profile; Jazzer prints the executions and coverage it reached in the test's output.
 */
class PriceFileReaderLongFuzz {

    private static final ReadCheck CHECK = new ReadCheck(Duration.ofSeconds(5));

    private final PriceFileReader reader = new PriceFileReader(new ImportLimits(50, 50, 1 << 16, 1 << 16));

    @FuzzTest(maxDuration = "10m")
    void anyInputEndsInAReportOrAClearRejection(FuzzedDataProvider data) {
        PriceFileReaderFuzzTest.fuzzOnce(reader, CHECK, data);
    }

    @AfterAll
    static void stopTheWorker() {
        CHECK.close();
    }
}
