package org.secondopinion.platform.control;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A figure read at most once per period, for the metrics scrape: a scrape every few seconds from several monitors
 * then costs the database one cheap query per period, not one per scrape. A read that fails (the database is away)
 * gives {@code NaN}, kept for the period too, so an outage is not hammered with queries either.
 */
public class CachedFigure {

    private final Supplier<? extends Number> source;
    private final long periodNanos;
    private final LongSupplier nanoTime;
    private double value;
    private long readAt;
    private boolean read;

    public CachedFigure(Supplier<? extends Number> source, Duration period) {
        this(source, period, System::nanoTime);
    }

    /** With its own ticker, so a test moves time. */
    public CachedFigure(Supplier<? extends Number> source, Duration period, LongSupplier nanoTime) {
        this.source = source;
        this.periodNanos = period.toNanos();
        this.nanoTime = nanoTime;
    }

    public synchronized double value() {
        long now = nanoTime.getAsLong();
        if (!read || now - readAt >= periodNanos) {
            value = readNow();
            readAt = now;
            read = true;
        }
        return value;
    }

    private double readNow() {
        try {
            Number figure = source.get();
            return figure == null ? Double.NaN : figure.doubleValue();
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }
}
