package org.secondopinion.web.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts and times every REST operation as the timer {@value #REQUESTS}, tagged {@code operation} (the HTTP method
 * and the path template, {@code GET /api/referrals/{id}}: never the raw path, so the series stay as few as the
 * operations) and {@code status} (the answer's status code). Each resource method gets its own filter when the
 * application starts; a request that matches no operation (404 of an unknown path) is not counted. The filter runs
 * before the authentication and role checks, so refused requests (401, 403) are counted too.
 */
@Provider
public class RestMetrics implements DynamicFeature {

    public static final String REQUESTS = "secondopinion.rest.requests";

    /** Recorded in nanoseconds, a timer's unit: the Prometheus output converts each figure to seconds. */
    static final Metadata TIMER = Metadata.builder().withName(REQUESTS).withUnit(MetricUnits.NANOSECONDS)
            .withDescription("REST requests answered, by operation (method and path template) and status").build();

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        String operation = operation(resource.getResourceClass(), resource.getResourceMethod());
        if (operation != null) {
            context.register(new OperationTimer(operation), Priorities.AUTHENTICATION - 100);
        }
    }

    /** {@code GET /api/referrals/{id}}: the HTTP method and the path template; null for a sub-resource locator. */
    static String operation(Class<?> resourceClass, Method method) {
        String http = null;
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                http = designator.value();
            }
        }
        Path base = null;
        for (Class<?> type = resourceClass; type != null && base == null; type = type.getSuperclass()) {
            base = type.getAnnotation(Path.class);
        }
        if (http == null || base == null) {
            return null;
        }
        Path own = method.getAnnotation(Path.class);
        String root = RestApplication.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value();
        return http + " " + ApiRoutes.join("/" + root, base.value(), own == null ? "" : own.value());
    }

    /** Starts the clock when a request for its operation comes in and records the time when the answer leaves. */
    static final class OperationTimer implements ContainerRequestFilter, ContainerResponseFilter {

        private static final String STARTED = OperationTimer.class.getName() + ".started";
        private final Tag operation;
        private volatile OperationTimes times;

        OperationTimer(String operation) {
            this.operation = new Tag("operation", operation);
        }

        @Override
        public void filter(ContainerRequestContext request) {
            request.setProperty(STARTED, System.nanoTime());
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getProperty(STARTED) instanceof Long started) {
                times().answered(operation, response.getStatus(), System.nanoTime() - started);
            }
        }

        private OperationTimes times() {
            if (times == null) {
                times = CDI.current().select(OperationTimes.class).get();
            }
            return times;
        }
    }
}
