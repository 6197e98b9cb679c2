package org.secondopinion.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The one source of the current time: every boundary and timer injects a {@link Clock} instead of calling
 * {@code now()}, and the rules take the time they are given, so tests set the date (an ArchUnit rule holds it).
 * The server's zone, as {@code LocalDate.now(clock)} had it.
 */
@ApplicationScoped
public class Clocks {
    @Inject
    Clock clock;


    @Produces
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
