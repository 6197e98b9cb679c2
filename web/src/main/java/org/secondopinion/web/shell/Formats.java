package org.secondopinion.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages write moments: UTC to the second, the same on every page. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String instant(Instant instant) {
        return instant == null ? "" : INSTANT.format(instant);
    }
}
