package org.secondopinion.feeschedule.control;

/**
 * How many allowed amounts the median and percentiles of a version 3 charge come from.
 * The file writes "0", "1 through 10" (small counts are masked) or a whole number from 11.
 */
public record AllowedAmountCount(int from, int to) {

    public static final AllowedAmountCount ZERO = new AllowedAmountCount(0, 0);
    public static final AllowedAmountCount ONE_THROUGH_TEN = new AllowedAmountCount(1, 10);

    public AllowedAmountCount {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("count from " + from + " to " + to);
        }
    }

    public static AllowedAmountCount exactly(int count) {
        if (count == 0) {
            return ZERO;
        }
        if (count < 11) {
            throw new IllegalArgumentException("counts from 1 to 10 are masked as 1 through 10");
        }
        return new AllowedAmountCount(count, count);
    }

    public boolean isZero() {
        return to == 0;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + " through " + to;
    }
}
