package org.secondopinion.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClocksTest {

    @Test
    void theApplicationsTimeHasTheMicrosecondsTheDatabaseKeepsAndNoFinerDigits() {
        Clock clock = new Clocks().clock();
        for (int i = 0; i < 1_000; i++) {
            Instant now = Instant.now(clock);
            assertThat(now.getNano() % 1_000).as("nanoseconds below a microsecond in %s", now).isZero();
        }
        assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
    }

    @Test
    void itStillMoves() throws InterruptedException {
        Clock clock = new Clocks().clock();
        Instant first = Instant.now(clock);
        Thread.sleep(2);
        assertThat(Instant.now(clock)).isAfter(first);
    }
}
