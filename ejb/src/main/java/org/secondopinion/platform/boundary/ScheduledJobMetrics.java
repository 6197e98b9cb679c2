package org.secondopinion.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBException;
import jakarta.ejb.NoMoreTimeoutsException;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Timer;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs each {@link ScheduledJob} timer once per cluster and measures it. The timer fires on every node; the run
 * goes ahead only where {@link JobLeases#take} moves the job's lease to the run's tick (the timer's next scheduled
 * time, which every node computes alike from the same schedule). A run taken is timed, whether it ends well or
 * throws, and the figures go to {@link ScheduledJobRuns}; the job itself holds no lease or metric code. Before the
 * schema is migrated nothing runs: the lease table may not exist yet.
 */
@ScheduledJob
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ScheduledJobMetrics {

    private static final Logger LOG = Logger.getLogger(ScheduledJobMetrics.class.getName());

    @Inject
    ScheduledJobRuns runs;

    @Inject
    JobLeases leases;

    @Inject
    DatabaseMigration migration;

    @Inject
    Clock clock;

    @AroundTimeout
    Object measure(InvocationContext run) throws Exception {
        String job = jobOf(run);
        if (!everyNode(run)) {
            if (!migration.migrated()) {
                return null;
            }
            if (!taken(job, tickOf(run))) {
                runs.leftToAnotherNode(job);
                return null;
            }
        }
        long started = System.nanoTime();
        try {
            return run.proceed();
        } finally {
            runs.ran(job, System.nanoTime() - started);
        }
    }

    private boolean taken(String job, Instant tick) {
        try {
            return leases.take(job, tick);
        } catch (EJBException | jakarta.persistence.PersistenceException noDatabase) {
            // the database is away: no node can do the job's work now; the next tick tries again
            LOG.log(Level.FINE, "The lease of " + job + " could not be taken", noDatabase);
            return false;
        }
    }

    private static boolean everyNode(InvocationContext run) {
        ScheduledJob onMethod = run.getMethod().getAnnotation(ScheduledJob.class);
        ScheduledJob marked = onMethod != null ? onMethod
                : run.getMethod().getDeclaringClass().getAnnotation(ScheduledJob.class);
        return marked != null && marked.everyNode();
    }

    /**
     * The run's tick: the timer's next scheduled time, the same on every node for the same run. Without a timer
     * (a direct call) or a next time, the current second.
     */
    Instant tickOf(InvocationContext run) {
        if (run.getTimer() instanceof Timer timer) {
            try {
                return timer.getNextTimeout().toInstant();
            } catch (NoMoreTimeoutsException | NoSuchObjectLocalException | IllegalStateException noNextRun) {
                // a last run: fall back on the clock
            }
        }
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String jobOf(InvocationContext run) {
        if (run.getTimer() instanceof Timer timer && timer.getInfo() instanceof String info) {
            return info;
        }
        return run.getMethod().getDeclaringClass().getSimpleName();
    }
}
