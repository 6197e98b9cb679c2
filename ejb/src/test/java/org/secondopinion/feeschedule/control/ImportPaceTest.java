package org.secondopinion.feeschedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ImportPaceTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong nanos = new AtomicLong(42 * SECOND);

    @Test
    void runningImportIsMeasuredUpToNow() {
        ImportPace pace = new ImportPace(nanos::get);
        pace.wrote(1000);
        pace.wrote(500);
        nanos.addAndGet(3 * SECOND);

        assertThat(pace.running()).isTrue();
        assertThat(pace.rows()).isEqualTo(1500);
        assertThat(pace.rowsPerSecond()).isCloseTo(500.0, within(1e-9));
    }

    @Test
    void endedImportKeepsItsPace() {
        ImportPace pace = new ImportPace(nanos::get);
        pace.wrote(2000);
        nanos.addAndGet(4 * SECOND);
        pace.end();
        nanos.addAndGet(100 * SECOND);

        assertThat(pace.running()).isFalse();
        assertThat(pace.rowsPerSecond()).isCloseTo(500.0, within(1e-9));
    }

    @Test
    void noPaceBeforeTimeHasPassed() {
        ImportPace pace = new ImportPace(nanos::get);
        pace.wrote(10);

        assertThat(pace.rowsPerSecond()).isZero();
    }
}
