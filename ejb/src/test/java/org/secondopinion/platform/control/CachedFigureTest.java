package org.secondopinion.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedFigureTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void readsOncePerPeriod() {
        CachedFigure figure = new CachedFigure(() -> 10 * reads.incrementAndGet(), Duration.ofSeconds(5), nanos::get);

        assertThat(figure.value()).isEqualTo(10.0);
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(figure.value()).isEqualTo(10.0);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(figure.value()).isEqualTo(20.0);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aFailedReadIsNotANumberAndIsNotRetriedWithinThePeriod() {
        CachedFigure figure = new CachedFigure(() -> {
            reads.incrementAndGet();
            throw new IllegalStateException("database away");
        }, Duration.ofSeconds(5), nanos::get);

        assertThat(figure.value()).isNaN();
        assertThat(figure.value()).isNaN();
        assertThat(reads).hasValue(1);
    }
}
