package org.secondopinion.feeschedule.control;

import java.util.function.LongSupplier;

/**
 * How fast one price-file import goes: the charge rows it has written per second, from its start to its end (or to
 * now while it runs). Written by the import's thread, read by the metrics scrape.
 */
public class ImportPace {

    private final LongSupplier nanoTime;
    private final long startedAt;
    private volatile long rows;
    private volatile long endedAt;
    private volatile boolean ended;

    public ImportPace(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.startedAt = nanoTime.getAsLong();
    }

    /** Another batch of charge rows written. */
    public void wrote(int charges) {
        rows += charges;
    }

    public void end() {
        endedAt = nanoTime.getAsLong();
        ended = true;
    }

    public boolean running() {
        return !ended;
    }

    public long rows() {
        return rows;
    }

    /** Rows per second so far; 0 before the first millisecond has passed. */
    public double rowsPerSecond() {
        long elapsed = (ended ? endedAt : nanoTime.getAsLong()) - startedAt;
        return elapsed < 1_000_000 ? 0 : rows / (elapsed / 1e9);
    }
}
