package org.secondopinion.estimate.control;

import java.util.List;

/**
 * What the patient can expect to pay: the lines in the order they were applied (date of service, then highest
 * allowed first), totals per option and per provider in the order they first appear in the request, the plan
 * years the lines fall in (none for self-pay), and the amounts met after the last line.
 *
 * @param notes what applies to the whole estimate (self-pay, a plan-year split)
 */
public record Estimate(CoverageKind coverageKind, List<LineResult> lines, List<Total> byOption,
                       List<Total> byProvider, Total total, List<PlanYearEstimate> planYears, Accumulators metAfter,
                       List<String> notes) {

    public boolean spansPlanYears() {
        return planYears.size() > 1;
    }

    public Total option(String option) {
        return find(byOption, option);
    }

    public Total provider(String provider) {
        return find(byProvider, provider);
    }

    private static Total find(List<Total> totals, String name) {
        for (Total total : totals) {
            if (total.name().equals(name)) {
                return total;
            }
        }
        throw new IllegalArgumentException("No lines for " + name);
    }
}
