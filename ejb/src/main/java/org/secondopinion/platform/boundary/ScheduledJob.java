package org.secondopinion.platform.boundary;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a timer method ({@code @Schedule}, non-persistent, so it fires on every node) as a scheduled job: each run
 * first takes the job's lease for its tick, so that it runs on one node of the cluster only ({@link JobLeases}),
 * and its last run and how long it took are metrics, tagged with the timer's {@code info}
 * ({@link ScheduledJobMetrics}). The timer's {@code info} names the job's lease.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface ScheduledJob {

    /**
     * A job that keeps this node's own state (its caches) runs on every node, without a lease.
     */
    @Nonbinding
    boolean everyNode() default false;
}
