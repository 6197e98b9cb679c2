package org.secondopinion.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness ({@code /health/live}): DOWN only when the process is stuck, that is when threads are deadlocked on
 * monitors or locks (the JVM's own detection), which no waiting undoes: restart it. A database or file store that
 * is away is not a reason to restart, so liveness does not look at them.
 */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

    static final String NAME = "deadlocks";

    private final ThreadMXBean threads;

    public ProcessLiveness() {
        this(ManagementFactory.getThreadMXBean());
    }

    ProcessLiveness(ThreadMXBean threads) {
        this.threads = threads;
    }

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = threads.findDeadlockedThreads();
        int count = deadlocked == null ? 0 : deadlocked.length;
        return new HealthCheckResponse(NAME, count == 0 ? Status.UP : Status.DOWN,
                Optional.of(Map.of("deadlockedThreads", (long) count)));
    }
}
