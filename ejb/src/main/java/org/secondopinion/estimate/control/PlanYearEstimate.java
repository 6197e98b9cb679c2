package org.secondopinion.estimate.control;

import java.time.LocalDate;
import java.util.List;

/**
 * The lines of one plan year: when services span a plan-year boundary the amounts met reset, so each year is
 * estimated and totalled on its own.
 *
 * @param end the last day of the plan year
 */
public record PlanYearEstimate(LocalDate start, LocalDate end, Accumulators metAtStart, Accumulators metAtEnd,
                               List<LineResult> lines, Total total) {
}
