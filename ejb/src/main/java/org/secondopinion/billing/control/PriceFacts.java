package org.secondopinion.billing.control;

import java.math.BigDecimal;

/**
 * The prices the fee schedule holds for one code at one provider, per unit and before modifiers; any may be
 * missing (null). The negotiated percentage is written as in the price file (62.5, not 0.625). The
 * algorithm's median and 10th and 90th percentiles are the allowed amounts the plan has paid.
 */
public record PriceFacts(BigDecimal grossCharge, BigDecimal discountedCash, BigDecimal negotiatedDollar,
                         BigDecimal negotiatedPercentage, BigDecimal algorithmMedian,
                         BigDecimal algorithm10thPercentile, BigDecimal algorithm90thPercentile,
                         BigDecimal outOfNetworkAllowed) {

    public static final PriceFacts NONE = new PriceFacts(null, null, null, null, null, null, null, null);

    public PriceFacts {
        requireNotNegative(grossCharge, "gross charge");
        requireNotNegative(discountedCash, "discounted cash price");
        requireNotNegative(negotiatedDollar, "negotiated dollar amount");
        requireNotNegative(negotiatedPercentage, "negotiated percentage");
        requireNotNegative(algorithmMedian, "algorithm median");
        requireNotNegative(algorithm10thPercentile, "10th percentile");
        requireNotNegative(algorithm90thPercentile, "90th percentile");
        requireNotNegative(outOfNetworkAllowed, "out-of-network allowed amount");
        if ((algorithm10thPercentile != null || algorithm90thPercentile != null) && algorithmMedian == null) {
            throw new IllegalArgumentException("Percentiles need the algorithm's median amount.");
        }
    }

    public PriceFacts withGrossCharge(BigDecimal amount) {
        return new PriceFacts(amount, discountedCash, negotiatedDollar, negotiatedPercentage, algorithmMedian,
                algorithm10thPercentile, algorithm90thPercentile, outOfNetworkAllowed);
    }

    public PriceFacts withDiscountedCash(BigDecimal amount) {
        return new PriceFacts(grossCharge, amount, negotiatedDollar, negotiatedPercentage, algorithmMedian,
                algorithm10thPercentile, algorithm90thPercentile, outOfNetworkAllowed);
    }

    public PriceFacts withNegotiatedDollar(BigDecimal amount) {
        return new PriceFacts(grossCharge, discountedCash, amount, negotiatedPercentage, algorithmMedian,
                algorithm10thPercentile, algorithm90thPercentile, outOfNetworkAllowed);
    }

    /** @param percentage of the gross charge, as written in the price file (62.5) */
    public PriceFacts withNegotiatedPercentage(BigDecimal percentage) {
        return new PriceFacts(grossCharge, discountedCash, negotiatedDollar, percentage, algorithmMedian,
                algorithm10thPercentile, algorithm90thPercentile, outOfNetworkAllowed);
    }

    /** The median allowed amount, with the 10th and 90th percentiles (either may be null) as the range. */
    public PriceFacts withAlgorithm(BigDecimal median, BigDecimal tenthPercentile, BigDecimal ninetiethPercentile) {
        return new PriceFacts(grossCharge, discountedCash, negotiatedDollar, negotiatedPercentage, median,
                tenthPercentile, ninetiethPercentile, outOfNetworkAllowed);
    }

    public PriceFacts withOutOfNetworkAllowed(BigDecimal amount) {
        return new PriceFacts(grossCharge, discountedCash, negotiatedDollar, negotiatedPercentage, algorithmMedian,
                algorithm10thPercentile, algorithm90thPercentile, amount);
    }

    private static void requireNotNegative(BigDecimal amount, String name) {
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("The " + name + " cannot be negative: " + amount.toPlainString());
        }
    }
}
