package org.secondopinion.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one source of the current time: every boundary and timer injects a {@link Clock} instead of calling
 * {@code now()}, and the rules take the time they are given, so tests set the date (an ArchUnit rule holds it).
 * The server's zone, as {@code LocalDate.now(clock)} had it.
 *
 * <p>It ticks in whole microseconds, the precision PostgreSQL and H2 keep: an instant the application writes reads
 * back the same from the database as from EclipseLink's cache. With nanoseconds, an answer given right after a write
 * (from the cache) and the same record read after a restart (from the database) differed, and a backup restored
 * showed different times than the records had before (the backup benchmark found this).
 */
@ApplicationScoped
public class Clocks {

    static final Duration STORED_PRECISION = Duration.ofNanos(1_000);

    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemDefaultZone(), STORED_PRECISION);
    }
}
