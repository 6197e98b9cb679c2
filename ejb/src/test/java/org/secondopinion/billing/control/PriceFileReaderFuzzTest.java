package org.secondopinion.billing.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Jazzer fuzzing of the price-file reader: whatever the bytes, the read ends in a report
 * or a {@link PriceFileRejected} with a message, never in another exception. In the normal
 * suite it fuzzes for a short while (JAZZER_FUZZ=1 is set for the ejb tests) starting from the
 * seed files beside this class; without it, it replays those seeds.
 */
class PriceFileReaderFuzzTest {

    private static final PriceFileFormat[] HINTS = {null, PriceFileFormat.TALL_CSV, PriceFileFormat.WIDE_CSV,
            PriceFileFormat.JSON};

    private final PriceFileReader reader = new PriceFileReader(new ImportLimits(50, 50, 1 << 16, 1 << 16));

    @FuzzTest(maxDuration = "15s")
    void anyInputEndsInAReportOrAClearRejection(FuzzedDataProvider data) {
        PriceFileFormat hint = HINTS[data.consumeInt(0, HINTS.length - 1)];
        byte[] content = data.consumeRemainingAsBytes();
        try {
            ImportReport report = reader.read(new ByteArrayInputStream(content), hint, charge -> { });
            assertThat(report.chargesAccepted() + report.rejectedCount()).isGreaterThanOrEqualTo(0);
        } catch (PriceFileRejected rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail to read", e);
        }
    }
}
