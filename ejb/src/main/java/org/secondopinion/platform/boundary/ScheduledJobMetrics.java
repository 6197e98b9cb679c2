package org.secondopinion.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Times each run of a {@link ScheduledJob} timer, whether it ends well or throws, and hands the figures to
 * {@link ScheduledJobRuns}; the job itself holds no metric code.
 */
@ScheduledJob
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ScheduledJobMetrics {

    @Inject
    ScheduledJobRuns runs;

    @AroundTimeout
    Object measure(InvocationContext run) throws Exception {
        long started = System.nanoTime();
        try {
            return run.proceed();
        } finally {
            runs.ran(jobOf(run), System.nanoTime() - started);
        }
    }

    private static String jobOf(InvocationContext run) {
        if (run.getTimer() instanceof jakarta.ejb.Timer timer && timer.getInfo() instanceof String info) {
            return info;
        }
        return run.getMethod().getDeclaringClass().getSimpleName();
    }
}
