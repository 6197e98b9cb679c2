package org.secondopinion.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.secondopinion.audit.control.ChainVerdict;
import org.secondopinion.platform.control.CachedFigure;

/**
 * The audit trail as metrics: {@value #UNCHAINED} (entries written but not chained yet; read at most every
 * {@link #PERIOD}), {@value #VERIFICATION_INTACT} (the last verification on this node: 1 intact, 0 broken, -1 none
 * since the start) and {@value #VERIFICATION_LAST} (when it ran, seconds since the epoch; 0 none).
 */
@ApplicationScoped
public class AuditMetrics {

    public static final String UNCHAINED = "secondopinion.audit.unchained";
    public static final String VERIFICATION_INTACT = "secondopinion.audit.verification.intact";
    public static final String VERIFICATION_LAST = "secondopinion.audit.verification.last";
    static final Duration PERIOD = Duration.ofSeconds(5);

    @Inject
    MetricRegistry registry;

    @Inject
    AuditChainer chainer;

    @Inject
    Clock clock;

    private volatile int intact = -1;
    private volatile double verifiedAt;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        CachedFigure unchained = new CachedFigure(chainer::unchained, PERIOD);
        registry.gauge(Metadata.builder().withName(UNCHAINED)
                .withDescription("Audit entries written but not linked into the hash chain yet").build(),
                unchained, CachedFigure::value);
        registry.gauge(Metadata.builder().withName(VERIFICATION_INTACT)
                .withDescription("The last audit chain verification on this node: 1 intact, 0 broken, -1 none yet")
                .build(), this, metrics -> metrics.intact);
        registry.gauge(Metadata.builder().withName(VERIFICATION_LAST).withUnit(MetricUnits.SECONDS)
                .withDescription("When the last audit chain verification on this node ended (seconds since the epoch)")
                .build(), this, metrics -> metrics.verifiedAt);
    }

    void verified(ChainVerdict verdict) {
        Instant at = clock.instant();
        intact = verdict.intact() ? 1 : 0;
        verifiedAt = at.getEpochSecond() + at.getNano() / 1e9;
    }
}
