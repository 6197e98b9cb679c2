package org.secondopinion.estimate.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.secondopinion.platform.control.BusinessDays;

/**
 * When a Good Faith Estimate must reach an uninsured or self-pay patient (45 CFR 149.610(b)(1)(vi)): within
 * 1 business day of scheduling a service at least 3 business days ahead, within 3 business days of scheduling
 * one at least 10 business days ahead, and within 3 business days of the patient asking for one. A service
 * scheduled fewer than 3 business days ahead needs none.
 *
 * @param dueBy    the last day to provide the estimate; null when none is required
 * @param required whether an estimate must be provided
 * @param rule     the rule that applied, in a sentence a person can check
 */
public record GoodFaithEstimateDeadline(LocalDate dueBy, boolean required, String rule) {

    /** Business days ahead from which the estimate is due within 3 business days of scheduling. */
    public static final int LONG_NOTICE = 10;

    /** Business days ahead from which an estimate is required at all, then within 1 business day. */
    public static final int SHORT_NOTICE = 3;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    public GoodFaithEstimateDeadline {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("A deadline needs the sentence that explains its rule.");
        }
        if (required != (dueBy != null)) {
            throw new IllegalArgumentException("A required estimate has a due date, and one that is not required has none.");
        }
    }

    /**
     * The deadline for a service scheduled on one day for another, or, with no service date, for an estimate
     * the patient asked for on that day.
     *
     * @param scheduledOrRequestedOn the day the service was scheduled, or the day the patient asked
     * @param serviceDate            the day of the service; null for an estimate on request
     */
    public static GoodFaithEstimateDeadline of(LocalDate scheduledOrRequestedOn, LocalDate serviceDate) {
        if (scheduledOrRequestedOn == null) {
            throw new IllegalArgumentException("The day the service was scheduled or the estimate requested is required.");
        }
        if (serviceDate == null) {
            LocalDate due = BusinessDays.plus(scheduledOrRequestedOn, 3);
            return new GoodFaithEstimateDeadline(due, true,
                    "Requested by the patient: due within 3 business days of the request, by " + DAY.format(due) + ".");
        }
        if (serviceDate.isBefore(scheduledOrRequestedOn)) {
            throw new IllegalArgumentException("The service on " + serviceDate + " cannot come before it was scheduled on "
                    + scheduledOrRequestedOn + ".");
        }
        int ahead = BusinessDays.between(scheduledOrRequestedOn, serviceDate);
        String scheduled = "Scheduled " + ahead + (ahead == 1 ? " business day" : " business days") + " ahead";
        if (ahead >= LONG_NOTICE) {
            LocalDate due = BusinessDays.plus(scheduledOrRequestedOn, 3);
            return new GoodFaithEstimateDeadline(due, true, scheduled + " (" + LONG_NOTICE
                    + " or more): due within 3 business days of scheduling, by " + DAY.format(due) + ".");
        }
        if (ahead >= SHORT_NOTICE) {
            LocalDate due = BusinessDays.plus(scheduledOrRequestedOn, 1);
            return new GoodFaithEstimateDeadline(due, true, scheduled + " (" + SHORT_NOTICE
                    + " or more): due within 1 business day of scheduling, by " + DAY.format(due) + ".");
        }
        return new GoodFaithEstimateDeadline(null, false, scheduled + " (fewer than " + SHORT_NOTICE
                + "): no Good Faith Estimate is required.");
    }
}
