package org.secondopinion.feeschedule.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.secondopinion.feeschedule.control.ImportPace;

/**
 * The price-file imports of this node as metrics: {@value #RUNNING} (imports reading now) and
 * {@value #ROWS_PER_SECOND} (charge rows written per second by the import started last, while it runs and after it
 * ended; 0 before the first import).
 */
@ApplicationScoped
public class ImportMetrics {

    public static final String RUNNING = "secondopinion.pricefile.imports.running";
    public static final String ROWS_PER_SECOND = "secondopinion.pricefile.import.rows.per.second";

    @Inject
    MetricRegistry registry;

    private final AtomicInteger running = new AtomicInteger();
    private volatile ImportPace latest;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName(RUNNING)
                .withDescription("Price-file imports reading on this node now").build(), running, AtomicInteger::get);
        registry.gauge(Metadata.builder().withName(ROWS_PER_SECOND)
                .withDescription("Charge rows written per second by the price-file import started last on this node")
                .build(), this, ImportMetrics::latestRowsPerSecond);
    }

    ImportPace started() {
        ImportPace pace = new ImportPace(System::nanoTime);
        latest = pace;
        running.incrementAndGet();
        return pace;
    }

    void ended(ImportPace pace) {
        pace.end();
        running.decrementAndGet();
    }

    private double latestRowsPerSecond() {
        ImportPace pace = latest;
        return pace == null ? 0 : pace.rowsPerSecond();
    }
}
