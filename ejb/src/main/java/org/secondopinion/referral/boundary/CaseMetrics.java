package org.secondopinion.referral.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.secondopinion.platform.control.CachedFigure;

/**
 * Second-opinion cases as metrics: {@value #OPEN} and {@value #OVERDUE}, each counted at most once every
 * {@link #PERIOD} however often the metrics are scraped ({@code NaN} while the database does not answer).
 */
@ApplicationScoped
public class CaseMetrics {

    public static final String OPEN = "secondopinion.cases.open";
    public static final String OVERDUE = "secondopinion.cases.overdue";
    static final Duration PERIOD = Duration.ofSeconds(5);

    @Inject
    MetricRegistry registry;

    @Inject
    CaseCounts counts;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName(OPEN).withDescription("Second-opinion cases open").build(),
                new CachedFigure(counts::open, PERIOD), CachedFigure::value);
        registry.gauge(Metadata.builder().withName(OVERDUE)
                .withDescription("Open second-opinion cases flagged overdue").build(),
                new CachedFigure(counts::overdue, PERIOD), CachedFigure::value);
    }
}
