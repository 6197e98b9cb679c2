package org.secondopinion.estimate.control;

import java.math.BigDecimal;
import java.util.List;
import org.secondopinion.estimate.entity.NetworkStatus;
import org.secondopinion.estimate.entity.OpinionPurpose;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.entity.Methodology;
import org.secondopinion.feeschedule.entity.PriceFacts;
import org.secondopinion.platform.control.Money;

/**
 * Steps 1 to 3 of the calculation for one line: whether the plan covers it, the price it is based on (self-pay,
 * negotiated, out-of-network with or without a balance bill), then units and modifiers.
 */
final class Pricing {

    private static final String NO_BALANCE_BILL =
            ": the No Surprises Act forbids a balance bill and in-network cost sharing applies";

    private Pricing() {
    }

    static PricedLine price(int position, ServiceLine line, Coverage coverage) {
        PricedLine priced = new PricedLine(position, line);
        PriceAdjustments adjustments;
        if (coverage.isSelfPay()) {
            adjustments = PriceAdjustments.STANDARD;
            selfPay(priced);
        } else {
            BenefitDesign plan = coverage.plan();
            adjustments = plan.adjustments();
            String notCovered = notCoveredReason(priced, plan);
            if (notCovered == null) {
                planPrice(priced, plan.rule(line.category()));
            } else {
                priced.steps.add("not covered: " + notCovered + "; the patient owes the self-pay price, which counts"
                        + " toward neither the deductible nor the out-of-pocket maximum");
                selfPay(priced);
            }
        }
        priced.charge = line.prices().grossCharge();
        adjust(priced, adjustments);
        return priced;
    }

    /** Why the plan pays nothing toward the line, or null when it pays. */
    private static String notCoveredReason(PricedLine priced, BenefitDesign plan) {
        ServiceLine line = priced.line;
        if (line.category() == ServiceCategory.SECOND_OPINION) {
            switch (plan.secondOpinion()) {
                case NOT_COVERED:
                    return plan.name() + " does not cover a routine second opinion";
                case MEDICARE_PART_B:
                    if (line.opinionPurpose() == OpinionPurpose.BEFORE_NON_EMERGENCY_SURGERY) {
                        priced.steps.add("Medicare Part B covers a second opinion before medically necessary"
                                + " non-emergency surgery");
                    } else if (line.opinionPurpose() == OpinionPurpose.THIRD_AFTER_DIFFERING_OPINIONS) {
                        priced.steps.add("Medicare Part B covers a third opinion when the first two differ");
                    } else {
                        return "Medicare Part B covers a second opinion only before medically necessary non-emergency"
                                + " surgery, or a third when the first two differ";
                    }
                    break;
                default:
                    break;
            }
        }
        if (!plan.rule(line.category()).covered()) {
            return plan.name() + " does not cover " + line.category().label();
        }
        if (line.network() == NetworkStatus.OUT_OF_NETWORK && !protectedFromBalanceBilling(line)
                && line.prices().outOfNetworkAllowed() == null) {
            return "out of network, and " + plan.name() + " has no out-of-network allowed amount for it";
        }
        return null;
    }

    private static boolean protectedFromBalanceBilling(ServiceLine line) {
        return line.emergency() || line.ancillaryAtInNetworkFacility();
    }

    private static void selfPay(PricedLine priced) {
        PriceFacts prices = priced.line.prices();
        priced.covered = false;
        if (prices.discountedCash() != null) {
            priced.basis = PriceBasis.DISCOUNTED_CASH;
            priced.amount = prices.discountedCash();
            priced.steps.add("self-pay price = discounted cash price " + Money.format(priced.amount));
        } else if (prices.grossCharge() != null) {
            priced.basis = PriceBasis.GROSS_CHARGE;
            priced.amount = prices.grossCharge();
            priced.steps.add("self-pay price = gross charge " + Money.format(priced.amount)
                    + " (no discounted cash price)");
        } else {
            throw new IllegalArgumentException("No discounted cash price or gross charge for " + priced.line.name()
                    + " at " + priced.line.provider());
        }
        priced.low = priced.amount;
        priced.high = priced.amount;
    }

    private static void planPrice(PricedLine priced, CategoryRule rule) {
        ServiceLine line = priced.line;
        priced.covered = true;
        priced.rule = rule;
        priced.reducible = line.multipleProcedure();
        if (line.network() == NetworkStatus.IN_NETWORK) {
            priced.coinsurance = rule.inNetworkCoinsurance();
            inNetworkPrice(priced);
            return;
        }
        BigDecimal outOfNetworkAllowed = line.prices().outOfNetworkAllowed();
        if (protectedFromBalanceBilling(line)) {
            priced.steps.add((line.emergency() ? "out of network, emergency"
                    : "out-of-network ancillary clinician at an in-network facility") + NO_BALANCE_BILL);
            priced.coinsurance = rule.inNetworkCoinsurance();
            if (outOfNetworkAllowed == null) {
                priced.steps.add("no out-of-network allowed amount: the in-network rate is taken as the recognised amount");
                inNetworkPrice(priced);
                return;
            }
        } else {
            priced.steps.add("out of network: out-of-network coinsurance, and the provider may balance bill");
            priced.coinsurance = rule.outOfNetworkCoinsurance();
            priced.balanceBilling = true;
        }
        priced.basis = PriceBasis.OUT_OF_NETWORK_ALLOWED;
        priced.amount = outOfNetworkAllowed;
        priced.low = outOfNetworkAllowed;
        priced.high = outOfNetworkAllowed;
        priced.steps.add("allowed = the plan's out-of-network allowed amount " + Money.format(outOfNetworkAllowed));
    }

    private static void inNetworkPrice(PricedLine priced) {
        PriceFacts prices = priced.line.prices();
        List<String> steps = priced.steps;
        if (prices.negotiatedDollar() != null) {
            priced.basis = PriceBasis.NEGOTIATED_DOLLAR;
            priced.amount = prices.negotiatedDollar();
            steps.add("allowed = negotiated dollar amount " + Money.format(priced.amount));
        } else if (prices.negotiatedPercentage() != null) {
            percentagePrice(priced);
            return;
        } else if (prices.algorithmMedian() != null) {
            priced.basis = PriceBasis.NEGOTIATED_ALGORITHM;
            BigDecimal median = prices.algorithmMedian();
            priced.amount = median;
            priced.low = prices.algorithm10thPercentile() == null ? median : Money.min(prices.algorithm10thPercentile(), median);
            priced.high = prices.algorithm90thPercentile() == null ? median : prices.algorithm90thPercentile().max(median);
            priced.ranged = priced.low.compareTo(median) != 0 || priced.high.compareTo(median) != 0;
            steps.add("allowed = negotiated algorithm's median " + Money.format(median) + " (range: 10th percentile "
                    + Money.format(priced.low) + " to 90th percentile " + Money.format(priced.high) + ")");
            return;
        } else if (prices.grossCharge() != null) {
            priced.basis = PriceBasis.GROSS_CHARGE;
            priced.amount = prices.grossCharge();
            steps.add("allowed = gross charge " + Money.format(priced.amount) + " (no negotiated rate for this plan)");
        } else {
            throw new IllegalArgumentException("No negotiated rate or gross charge for " + priced.line.name() + " at "
                    + priced.line.provider());
        }
        priced.low = priced.amount;
        priced.high = priced.amount;
    }

    /**
     * A negotiated percentage: the file's estimated amount when it gives one (v2.x); the percentage of the gross
     * charge only when the methodology is percent of total billed charges; otherwise the base (a fee schedule, a
     * case rate, ...) is unknown, and the line is the range the file gives (the payer's 10th to 90th percentile
     * around the median, else the item's minimum to maximum negotiated charge) rather than a figure made up from
     * the wrong base.
     */
    private static void percentagePrice(PricedLine priced) {
        PriceFacts prices = priced.line.prices();
        List<String> steps = priced.steps;
        Methodology methodology = prices.methodology();
        String rate = "negotiated " + Money.percent(prices.negotiatedPercentage())
                + (methodology == null ? "" : " (" + methodology.label() + ")");
        priced.basis = PriceBasis.NEGOTIATED_PERCENTAGE;
        if (prices.estimatedAmount() != null) {
            priced.amount = prices.estimatedAmount();
            priced.low = priced.amount;
            priced.high = priced.amount;
            steps.add("allowed = the price file's estimated amount " + Money.format(priced.amount) + " for the " + rate);
            return;
        }
        boolean ofBilledCharges = methodology == Methodology.PERCENT_OF_TOTAL_BILLED_CHARGES;
        if (ofBilledCharges && prices.grossCharge() != null) {
            priced.amount = prices.grossCharge().multiply(prices.negotiatedPercentage().movePointLeft(2));
            priced.low = priced.amount;
            priced.high = priced.amount;
            steps.add("allowed = negotiated " + Money.percent(prices.negotiatedPercentage()) + " of gross "
                    + Money.format(prices.grossCharge()) + " = " + Money.format(priced.amount));
            return;
        }
        String base = ofBilledCharges ? "no gross charge is known"
                : methodology == null ? "the price file does not say what it is a percentage of"
                : "the price file does not give the " + methodology.label() + " amount it is a percentage of";
        String unknown = "the base of the " + rate + " is unknown (" + base + "), so no amount is computed from it";
        if (prices.algorithmMedian() != null) {
            BigDecimal median = prices.algorithmMedian();
            priced.amount = median;
            priced.low = prices.algorithm10thPercentile() == null ? median : Money.min(prices.algorithm10thPercentile(), median);
            priced.high = prices.algorithm90thPercentile() == null ? median : prices.algorithm90thPercentile().max(median);
            priced.ranged = priced.low.compareTo(median) != 0 || priced.high.compareTo(median) != 0;
            steps.add(unknown);
            steps.add("allowed = the plan's median allowed amount " + Money.format(median) + " (range: 10th percentile "
                    + Money.format(priced.low) + " to 90th percentile " + Money.format(priced.high) + ")");
            return;
        }
        if (prices.chargeMinimum() != null && prices.chargeMaximum() != null) {
            priced.low = prices.chargeMinimum();
            priced.high = prices.chargeMaximum();
            priced.amount = priced.high;
            priced.ranged = priced.low.compareTo(priced.high) != 0;
            steps.add(unknown);
            steps.add("allowed between the item's minimum negotiated charge " + Money.format(priced.low)
                    + " and maximum " + Money.format(priced.high) + "; the estimate takes the maximum, so it does not"
                    + " promise less than the patient may owe");
            return;
        }
        throw new IllegalArgumentException("The base of the " + rate + " for " + priced.line.name() + " at "
                + priced.line.provider() + " is unknown, and the price file gives no estimated amount, percentiles or"
                + " minimum and maximum charge to estimate it from.");
    }

    /** Units, then the modifiers the calculator knows; the gross charge moves with the price. */
    private static void adjust(PricedLine priced, PriceAdjustments adjustments) {
        ServiceLine line = priced.line;
        if (line.units() != 1) {
            priced.multiply(BigDecimal.valueOf(line.units()), true);
            priced.steps.add("× " + line.units() + " units = " + Money.format(priced.amount));
        }
        List<String> modifiers = line.modifiers();
        for (int i = 0; i < modifiers.size(); i++) {
            String modifier = modifiers.get(i);
            if ("50".equals(modifier)) {
                priced.multiply(adjustments.bilateral(), true);
                priced.steps.add("modifier 50 (bilateral) × " + Money.percentOfRate(adjustments.bilateral()) + " = "
                        + Money.format(priced.amount));
            } else if ("26".equals(modifier)) {
                priced.multiply(adjustments.professionalComponent(), true);
                priced.steps.add("modifier 26 (professional component) × "
                        + Money.percentOfRate(adjustments.professionalComponent()) + " = " + Money.format(priced.amount));
            } else {
                priced.steps.add("modifier " + modifier + ": no price adjustment");
            }
        }
    }
}
