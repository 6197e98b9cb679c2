package org.secondopinion.platform.boundary;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a timer method ({@code @Schedule}) whose runs are measured: its last run and how long it took are
 * metrics, tagged with the timer's {@code info} ({@link ScheduledJobMetrics}).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface ScheduledJob {
}
