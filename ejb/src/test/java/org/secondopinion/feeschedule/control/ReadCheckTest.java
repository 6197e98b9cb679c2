package org.secondopinion.feeschedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fuzz oracle can fail: seeded mutants of the read (an unexpected exception while charges are
 * handed on, a hang, a rejection without a message, no report) are each caught on the fuzz test's
 * own seed files, while the real reader passes every seed.
 */
class ReadCheckTest {

    private final PriceFileReader reader = new PriceFileReader(new ImportLimits(50, 50, 1 << 16, 1 << 16));
    private final ReadCheck check = new ReadCheck(Duration.ofMillis(500));

    @AfterEach
    void stop() {
        check.close();
    }

    @Test
    void theRealReaderEndsEverySeedInAReportOrAClearRejection() {
        for (byte[] seed : seeds()) {
            for (PriceFileFormat hint : PriceFileReaderFuzzTest.HINTS) {
                check.check(bytes -> reader.read(new ByteArrayInputStream(bytes), hint, charge -> { }), seed);
            }
        }
    }

    @Test
    void anUnexpectedExceptionDuringTheReadIsAFinding() {
        // mutant: handing a charge on fails the way a broken mapping would
        ReadCheck.Read mutant = bytes -> reader.read(new ByteArrayInputStream(bytes), null, charge -> {
            throw new IllegalStateException("seeded defect");
        });

        assertThat(findings(mutant)).isNotEmpty()
                .allSatisfy(finding -> assertThat(finding).hasMessageContaining("IllegalStateException")
                        .hasMessageContaining("neither a report nor a PriceFileRejected"));
    }

    @Test
    void aReadThatNeverEndsIsAFinding() {
        // mutant: the read waits forever once the first charge is handed on
        CountDownLatch never = new CountDownLatch(1);
        ReadCheck.Read mutant = bytes -> reader.read(new ByteArrayInputStream(bytes), null, charge -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        List<AssertionError> findings = findings(mutant);

        assertThat(findings).isNotEmpty()
                .allSatisfy(finding -> assertThat(finding).hasMessageContaining("did not end within 500 ms"));
        // the check goes on reading on a fresh worker after a hang
        check.check(bytes -> reader.read(new ByteArrayInputStream(bytes), null, charge -> { }), seeds().get(0));
        never.countDown();
    }

    @Test
    void aRejectionWithoutAMessageOrAMissingReportIsAFinding() {
        assertThatThrownBy(() -> check.check(bytes -> {
            throw new PriceFileRejected(" ");
        }, new byte[] {1})).isInstanceOf(AssertionError.class).hasMessageContaining("without a message");

        assertThatThrownBy(() -> check.check(bytes -> null, new byte[] {1}))
                .isInstanceOf(AssertionError.class).hasMessageContaining("without a report");
    }

    @Test
    void aCheckedExceptionOtherThanTheRejectionIsAFinding() {
        assertThatThrownBy(() -> check.check(bytes -> {
            throw new IOException("a byte array cannot fail to read");
        }, new byte[] {1})).isInstanceOf(AssertionError.class).hasMessageContaining("java.io.IOException");
    }

    private List<AssertionError> findings(ReadCheck.Read mutant) {
        List<AssertionError> findings = new ArrayList<>();
        for (byte[] seed : seeds()) {
            try {
                check.check(mutant, seed);
            } catch (AssertionError finding) {
                findings.add(finding);
            }
        }
        return findings;
    }

    private static List<byte[]> seeds() {
        try (Stream<Path> files = Files.list(Path.of(ReadCheckTest.class.getResource(
                "PriceFileReaderFuzzTestInputs/anyInputEndsInAReportOrAClearRejection").toURI()))) {
            List<byte[]> seeds = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                seeds.add(Files.readAllBytes(file));
            }
            assertThat(seeds).hasSizeGreaterThanOrEqualTo(5);
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
