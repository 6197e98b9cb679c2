package org.secondopinion.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Each scheduled job's last run on this node, as metrics tagged {@code task} (the timer's {@code info}, e.g.
 * {@code audit chainer}): {@value #LAST_RUN} (when it last ended, seconds since the epoch) and {@value #DURATION}
 * (how long that run took). A job appears once it has run on this node. {@value #LEFT_TO_OTHERS} counts the runs
 * whose lease another node took.
 */
@ApplicationScoped
public class ScheduledJobRuns {

    public static final String LAST_RUN = "secondopinion.job.last.run";
    public static final String DURATION = "secondopinion.job.duration";
    public static final String LEFT_TO_OTHERS = "secondopinion.job.left.to.other.nodes";

    @Inject
    MetricRegistry registry;

    @Inject
    Clock clock;

    private final ConcurrentMap<String, LastRun> jobs = new ConcurrentHashMap<>();

    void ran(String job, long nanos) {
        jobs.computeIfAbsent(job, this::register).ended(clock.instant(), nanos);
    }

    /** A run this node's timer fired for, whose lease another node had taken (so it ran there). */
    void leftToAnotherNode(String job) {
        registry.counter(Metadata.builder().withName(LEFT_TO_OTHERS)
                .withDescription("Runs of the scheduled job that another node of the cluster took").build(),
                new Tag("task", job)).inc();
    }

    private LastRun register(String job) {
        LastRun run = new LastRun();
        Tag task = new Tag("task", job);
        registry.gauge(Metadata.builder().withName(LAST_RUN).withUnit(MetricUnits.SECONDS)
                .withDescription("When the scheduled job's last run on this node ended (seconds since the epoch)")
                .build(), run, LastRun::endedAtSeconds, task);
        registry.gauge(Metadata.builder().withName(DURATION).withUnit(MetricUnits.SECONDS)
                .withDescription("How long the scheduled job's last run on this node took").build(),
                run, LastRun::seconds, task);
        return run;
    }

    /** One job's last run; written by the timer thread, read by the scrape. */
    static final class LastRun {
        private volatile double endedAtSeconds;
        private volatile double seconds;

        void ended(Instant at, long nanos) {
            endedAtSeconds = at.getEpochSecond() + at.getNano() / 1e9;
            seconds = nanos / 1e9;
        }

        double endedAtSeconds() {
            return endedAtSeconds;
        }

        double seconds() {
            return seconds;
        }
    }
}
