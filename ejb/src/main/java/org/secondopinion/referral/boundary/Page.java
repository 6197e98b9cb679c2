package org.secondopinion.referral.boundary;

import java.util.List;

/**
 * One page of a worklist and how many rows match, counted only up to a cap: past it the
 * page says "more than" rather than paying for an exact count of a large table.
 */
public record Page<T>(List<T> rows, long count, boolean capped) {

    public Page {
        rows = List.copyOf(rows);
    }
}
