package org.secondopinion.feeschedule.entity;

import java.math.BigDecimal;

/**
 * The prices the fee schedule holds for one code at one provider, per unit and before modifiers; any may be
 * missing (null). The negotiated percentage is written as in the price file (62.5, not 0.625). The
 * algorithm's median and 10th and 90th percentiles are the allowed amounts the plan has paid.
 *
 * @param methodology     how the negotiated charge was established (the file's standard_charge|methodology); a
 *                        percentage is of the gross charge only when it is percent of total billed charges
 * @param estimatedAmount the file's estimated allowed amount for a percentage or algorithm (template v2.x)
 * @param chargeMinimum   the lowest negotiated charge for the item across payers (standard_charge|min)
 * @param chargeMaximum   the highest negotiated charge for the item across payers (standard_charge|max)
 */
public record PriceFacts(BigDecimal grossCharge, BigDecimal discountedCash, BigDecimal negotiatedDollar,
                         BigDecimal negotiatedPercentage, BigDecimal algorithmMedian,
                         BigDecimal algorithm10thPercentile, BigDecimal algorithm90thPercentile,
                         BigDecimal outOfNetworkAllowed, Methodology methodology, BigDecimal estimatedAmount,
                         BigDecimal chargeMinimum, BigDecimal chargeMaximum) {

    public static final PriceFacts NONE = new PriceFacts(null, null, null, null, null, null, null, null, null, null,
            null, null);

    public PriceFacts {
        requireNotNegative(grossCharge, "gross charge");
        requireNotNegative(discountedCash, "discounted cash price");
        requireNotNegative(negotiatedDollar, "negotiated dollar amount");
        requireNotNegative(negotiatedPercentage, "negotiated percentage");
        requireNotNegative(algorithmMedian, "algorithm median");
        requireNotNegative(algorithm10thPercentile, "10th percentile");
        requireNotNegative(algorithm90thPercentile, "90th percentile");
        requireNotNegative(outOfNetworkAllowed, "out-of-network allowed amount");
        requireNotNegative(estimatedAmount, "estimated amount");
        requireNotNegative(chargeMinimum, "minimum negotiated charge");
        requireNotNegative(chargeMaximum, "maximum negotiated charge");
        if ((algorithm10thPercentile != null || algorithm90thPercentile != null) && algorithmMedian == null) {
            throw new IllegalArgumentException("Percentiles need the algorithm's median amount.");
        }
        if (chargeMinimum != null && chargeMaximum != null && chargeMinimum.compareTo(chargeMaximum) > 0) {
            throw new IllegalArgumentException("The minimum negotiated charge " + chargeMinimum.toPlainString()
                    + " is above the maximum " + chargeMaximum.toPlainString() + ".");
        }
    }

    public PriceFacts withGrossCharge(BigDecimal amount) {
        return new PriceFacts(amount, discountedCash, negotiatedDollar, negotiatedPercentage, algorithmMedian,
                algorithm10thPercentile, algorithm90thPercentile, outOfNetworkAllowed, methodology, estimatedAmount,
                chargeMinimum, chargeMaximum);
    }

    public PriceFacts withDiscountedCash(BigDecimal amount) {
        return new PriceFacts(grossCharge, amount, negotiatedDollar, negotiatedPercentage, algorithmMedian,
                algorithm10thPercentile, algorithm90thPercentile, outOfNetworkAllowed, methodology, estimatedAmount,
                chargeMinimum, chargeMaximum);
    }

    public PriceFacts withNegotiatedDollar(BigDecimal amount) {
        return new PriceFacts(grossCharge, discountedCash, amount, negotiatedPercentage, algorithmMedian,
                algorithm10thPercentile, algorithm90thPercentile, outOfNetworkAllowed, methodology, estimatedAmount,
                chargeMinimum, chargeMaximum);
    }

    /**
     * @param percentage as written in the price file (62.5); of the gross charge only when the
     *                   {@link #methodology()} is percent of total billed charges
     */
    public PriceFacts withNegotiatedPercentage(BigDecimal percentage) {
        return new PriceFacts(grossCharge, discountedCash, negotiatedDollar, percentage, algorithmMedian,
                algorithm10thPercentile, algorithm90thPercentile, outOfNetworkAllowed, methodology, estimatedAmount,
                chargeMinimum, chargeMaximum);
    }

    /** The median allowed amount, with the 10th and 90th percentiles (either may be null) as the range. */
    public PriceFacts withAlgorithm(BigDecimal median, BigDecimal tenthPercentile, BigDecimal ninetiethPercentile) {
        return new PriceFacts(grossCharge, discountedCash, negotiatedDollar, negotiatedPercentage, median,
                tenthPercentile, ninetiethPercentile, outOfNetworkAllowed, methodology, estimatedAmount, chargeMinimum,
                chargeMaximum);
    }

    public PriceFacts withOutOfNetworkAllowed(BigDecimal amount) {
        return new PriceFacts(grossCharge, discountedCash, negotiatedDollar, negotiatedPercentage, algorithmMedian,
                algorithm10thPercentile, algorithm90thPercentile, amount, methodology, estimatedAmount, chargeMinimum,
                chargeMaximum);
    }

    /** How the negotiated charge was established; null when the file does not say. */
    public PriceFacts withMethodology(Methodology how) {
        return new PriceFacts(grossCharge, discountedCash, negotiatedDollar, negotiatedPercentage, algorithmMedian,
                algorithm10thPercentile, algorithm90thPercentile, outOfNetworkAllowed, how, estimatedAmount,
                chargeMinimum, chargeMaximum);
    }

    /** The file's estimated allowed amount (v2.x estimated_amount) for a percentage or algorithm. */
    public PriceFacts withEstimatedAmount(BigDecimal amount) {
        return new PriceFacts(grossCharge, discountedCash, negotiatedDollar, negotiatedPercentage, algorithmMedian,
                algorithm10thPercentile, algorithm90thPercentile, outOfNetworkAllowed, methodology, amount,
                chargeMinimum, chargeMaximum);
    }

    /** The item's lowest and highest negotiated charges across payers (either may be null). */
    public PriceFacts withChargeRange(BigDecimal minimum, BigDecimal maximum) {
        return new PriceFacts(grossCharge, discountedCash, negotiatedDollar, negotiatedPercentage, algorithmMedian,
                algorithm10thPercentile, algorithm90thPercentile, outOfNetworkAllowed, methodology, estimatedAmount,
                minimum, maximum);
    }

    private static void requireNotNegative(BigDecimal amount, String name) {
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("The " + name + " cannot be negative: " + amount.toPlainString());
        }
    }
}
