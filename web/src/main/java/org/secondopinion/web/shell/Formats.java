package org.secondopinion.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write moments (UTC to the second) and money (US dollars), the same on every page. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String instant(Instant instant) {
        return instant == null ? "" : INSTANT.format(instant);
    }

    /** Dollars and cents as patients read them: $1,234.50, −$20.00. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        String text = format.format(amount.abs());
        return amount.signum() < 0 ? "−" + text : text;
    }
}
