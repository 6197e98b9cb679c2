package org.secondopinion.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's metric registry for {@link RestMetrics}' filters, which JAX-RS makes, not CDI: Payara's
 * registry producer needs an injection point, so they reach it through this bean.
 */
@ApplicationScoped
public class OperationTimes {

    @Inject
    MetricRegistry registry;

    void answered(Tag operation, int status, long nanos) {
        registry.timer(RestMetrics.TIMER, operation, new Tag("status", Integer.toString(status)))
                .update(Duration.ofNanos(nanos));
    }
}
