package org.secondopinion.platform.boundary;

import java.util.List;

/**
 * One page of a billing list and how many rows match, counted only up to {@link #COUNT_CAP}: past it the list says
 * "more than" rather than paying for an exact count.
 */
public record ListPage<T>(List<T> rows, long count, boolean capped) {

    public static final int COUNT_CAP = 10_000;
    public static final int MAX_PAGE = 500;

    public ListPage {
        rows = List.copyOf(rows);
    }

    /** Refuses a page the lists do not serve, naming the parameter. */
    public static void check(int first, int max) {
        if (max < 1 || max > MAX_PAGE) {
            throw new org.secondopinion.platform.entity.RuleViolation("max", "A page holds 1 to " + MAX_PAGE + " rows.");
        }
        if (first < 0 || first > COUNT_CAP) {
            throw new org.secondopinion.platform.entity.RuleViolation("first",
                    "Pages start at row 0 and go up to row " + COUNT_CAP + "; narrow the search to see further.");
        }
    }
}
