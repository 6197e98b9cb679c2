package org.secondopinion.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A scheduled job's lease: the last tick (scheduled run) some node took, which node, and how many runs were taken
 * cluster-wide. A node runs a tick only if it moved the lease to that tick ({@link #TAKE}), so each tick runs once.
 */
@Entity
@Table(name = "job_lease")
@NamedQuery(name = JobLease.TAKE, query = "UPDATE JobLease l SET l.lastTick = :tick, l.holder = :node,"
        + " l.takenAt = :now, l.runs = l.runs + 1 WHERE l.job = :job AND (l.lastTick IS NULL OR l.lastTick < :tick)")
@NamedQuery(name = JobLease.ALL, query = "SELECT l FROM JobLease l ORDER BY l.job")
public class JobLease {

    public static final String TAKE = "JobLease.take";
    public static final String ALL = "JobLease.all";

    @Id
    private String job;

    private String holder;

    @Column(name = "last_tick")
    private Instant lastTick;

    @Column(name = "taken_at")
    private Instant takenAt;

    @Column(nullable = false)
    private long runs;

    protected JobLease() {
    }

    /** A job's first lease, taken at once for its first tick. */
    public JobLease(String job, String holder, Instant tick, Instant now) {
        this.job = Objects.requireNonNull(job, "job");
        this.holder = Objects.requireNonNull(holder, "holder");
        this.lastTick = Objects.requireNonNull(tick, "tick");
        this.takenAt = Objects.requireNonNull(now, "now");
        this.runs = 1;
    }

    /** Work done {@code alone} (not on a schedule) by {@code node} now: one run more, no tick. */
    public void heldBy(String node, Instant now) {
        this.holder = Objects.requireNonNull(node, "node");
        this.takenAt = Objects.requireNonNull(now, "now");
        this.runs++;
    }

    public String getJob() {
        return job;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getLastTick() {
        return lastTick;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public long getRuns() {
        return runs;
    }
}
