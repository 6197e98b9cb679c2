package org.secondopinion.estimate.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The department's view of how close its estimates came to the final bills in a period, overall and by service.
 * <p>
 * One comparison is one final bill beside what the estimate said the patient would owe that provider (the lines of
 * that provider in the workup and in the option the patient chose), as the estimate page compares them; the
 * period is the bill date, first and last day included. A comparison is
 * <ul>
 * <li><b>within $400</b> when |final bill − estimated| ≤ 400.00: exactly 400.00 counts, 400.01 does not (the same
 * $400 the Good Faith Estimate dispute right starts at, in either direction);</li>
 * <li><b>within 10%</b> when |final bill − estimated| ≤ 10% of the final bill: exactly 10% counts. A final bill of
 * 0.00 is within 10% only when the estimate was 0.00 too (10% of nothing leaves no room).</li>
 * </ul>
 * Shares are percentages of the comparisons, rounded half up to one decimal, and absent (null) when there is
 * nothing to compare. The service is the estimate's primary service as written, with its spaces tidied.
 */
public final class EstimateAccuracy {

    /** The dollar margin: a bill this far from the estimate, either way, still counts as within. */
    public static final BigDecimal DOLLAR_MARGIN = new BigDecimal("400.00");

    /** The relative margin, in percent of the final bill. */
    public static final BigDecimal PERCENT_MARGIN = new BigDecimal("10");

    /**
     * The published figure set beside ours: a cost estimator tool of an integrated health system in Northern
     * California was 83.9% accurate on 4,610 estimates matched with explanations of benefits (JAMA Network Open,
     * 2020). Its own definition of "accurate" may differ from ours: a reference, not the same measure.
     */
    public static final BigDecimal PUBLISHED_PERCENT = new BigDecimal("83.9");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private EstimateAccuracy() {
    }

    /**
     * One final bill beside the estimate.
     *
     * @param service   the estimate's primary service
     * @param estimated what the estimate said the patient would owe that provider
     * @param billed    what the final bill charged
     */
    public record Comparison(String service, BigDecimal estimated, BigDecimal billed) {

        public Comparison {
            if (service == null || service.isBlank()) {
                throw new IllegalArgumentException("A comparison needs the estimate's service.");
            }
            if (estimated == null || billed == null) {
                throw new IllegalArgumentException("A comparison needs the estimated and the billed amount.");
            }
            if (estimated.signum() < 0 || billed.signum() < 0) {
                throw new IllegalArgumentException("The estimated and billed amounts cannot be negative.");
            }
            service = service.strip().replaceAll("\\s+", " ");
        }

        /** How far the bill is from the estimate, either way. */
        public BigDecimal gap() {
            return billed.subtract(estimated).abs();
        }

        public boolean withinDollars() {
            return gap().compareTo(DOLLAR_MARGIN) <= 0;
        }

        /** gap × 100 ≤ 10 × billed, compared exactly (no division, no rounding). */
        public boolean withinPercent() {
            return gap().multiply(HUNDRED).compareTo(PERCENT_MARGIN.multiply(billed)) <= 0;
        }
    }

    /** The counts and shares of one service, or of all of them. */
    public record Share(String service, int compared, int withinDollars, int withinPercent) {

        /** Percent of the comparisons within $400, to one decimal; null when there are none. */
        public BigDecimal withinDollarsPercent() {
            return percent(withinDollars, compared);
        }

        /** Percent of the comparisons within 10% of the bill, to one decimal; null when there are none. */
        public BigDecimal withinPercentPercent() {
            return percent(withinPercent, compared);
        }
    }

    /**
     * The period's figures.
     *
     * @param overall   every comparison, its service null
     * @param byService one share per service, the most compared first (then by name)
     */
    public record Summary(LocalDate from, LocalDate to, Share overall, List<Share> byService) {

        /** The published figure set beside ours, in percent (see {@link EstimateAccuracy#PUBLISHED_PERCENT}). */
        public BigDecimal publishedPercent() {
            return PUBLISHED_PERCENT;
        }
    }

    /** Counts the comparisons of a period, overall and per service. */
    public static Summary of(LocalDate from, LocalDate to, List<Comparison> comparisons) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("The period needs a first day on or before its last day.");
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        int[] all = new int[3];
        for (Comparison comparison : comparisons) {
            int[] service = counts.computeIfAbsent(comparison.service(), name -> new int[3]);
            add(all, comparison);
            add(service, comparison);
        }
        List<Share> byService = new ArrayList<>();
        counts.forEach((service, c) -> byService.add(new Share(service, c[0], c[1], c[2])));
        byService.sort(Comparator.comparingInt(Share::compared).reversed()
                .thenComparing(Share::service, String.CASE_INSENSITIVE_ORDER));
        return new Summary(from, to, new Share(null, all[0], all[1], all[2]), List.copyOf(byService));
    }

    private static void add(int[] counts, Comparison comparison) {
        counts[0]++;
        if (comparison.withinDollars()) {
            counts[1]++;
        }
        if (comparison.withinPercent()) {
            counts[2]++;
        }
    }

    static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
