package org.secondopinion.estimate.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.secondopinion.platform.control.Money;

/**
 * Step 4 of the calculation for one covered line: the deductible and out-of-pocket amounts left, then copay,
 * deductible, coinsurance and the out-of-pocket cap, in the order the category's flags say. Each of copay,
 * deductible and coinsurance is computed from the exact allowed amount and rounded once; the cap and the
 * running amounts work on those cents, so the lines add up.
 */
final class CostSharing {

    /** The patient's cost share of one line, and the amounts met after it. */
    record Share(BigDecimal copay, BigDecimal deductible, BigDecimal coinsurance, BigDecimal total,
                 Accumulators after) {
    }

    private CostSharing() {
    }

    /** @param steps where to explain the computation, or null when only the figures are wanted (a range's ends) */
    static Share apply(BigDecimal allowed, PricedLine priced, Coverage coverage, Accumulators met,
                       RoundingMode rounding, List<String> steps) {
        CategoryRule rule = priced.rule;
        BigDecimal deductibleLeft;
        if (rule.deductibleApplies()) {
            deductibleLeft = deductibleLeft(coverage, met, steps);
        } else {
            deductibleLeft = Money.ZERO;
            if (steps != null) {
                steps.add("the deductible does not apply to " + priced.line.category().label());
            }
        }
        BigDecimal outOfPocketLeft = outOfPocketLeft(coverage, met, steps);

        if (outOfPocketLeft != null && outOfPocketLeft.signum() == 0) {
            BigDecimal copay = rule.copayAfterOutOfPocketMax()
                    ? Money.cents(Money.min(rule.copay(), allowed), rounding) : Money.ZERO;
            if (steps != null) {
                steps.add(copay.signum() > 0
                        ? "out-of-pocket maximum already met, but the plan still charges the copay " + Money.format(copay)
                        : "out-of-pocket maximum already met: no cost share");
            }
            return new Share(copay, Money.ZERO, Money.ZERO, copay, met);
        }

        BigDecimal copayExact;
        if (rule.copay().signum() == 0) {
            copayExact = BigDecimal.ZERO;
        } else if (rule.deductibleBeforeCopay() && deductibleLeft.signum() > 0) {
            copayExact = BigDecimal.ZERO;
            if (steps != null) {
                steps.add("no copay yet: the deductible comes first and " + Money.format(deductibleLeft) + " of it is left");
            }
        } else {
            copayExact = Money.min(rule.copay(), allowed);
            if (steps != null) {
                steps.add(rule.copay().compareTo(allowed) <= 0 ? "copay " + Money.format(rule.copay())
                        : "copay = min(copay " + Money.format(rule.copay()) + ", allowed " + Money.format(allowed)
                        + ") = " + Money.format(Money.cents(copayExact, rounding)));
            }
        }

        BigDecimal deductibleAfterCopay = deductibleLeft;
        if (rule.copayCountsTowardDeductible() && copayExact.signum() > 0 && deductibleLeft.signum() > 0) {
            deductibleAfterCopay = Money.atLeastZero(deductibleLeft.subtract(copayExact));
            if (steps != null) {
                steps.add("the copay counts toward the deductible: " + Money.format(deductibleLeft) + " − "
                        + Money.format(copayExact) + " = " + Money.format(deductibleAfterCopay) + " left");
            }
        }

        BigDecimal afterCopay = allowed.subtract(copayExact);
        BigDecimal deductibleExact = Money.min(afterCopay, deductibleAfterCopay);
        BigDecimal copay = Money.cents(copayExact, rounding);
        BigDecimal deductible = Money.cents(deductibleExact, rounding);
        if (steps != null && rule.deductibleApplies() && deductibleAfterCopay.signum() > 0) {
            steps.add("deductible = min(allowed " + Money.format(allowed)
                    + (copayExact.signum() > 0 ? " − copay " + Money.format(copay) : "") + ", "
                    + Money.format(deductibleAfterCopay) + " left) = " + Money.format(deductible));
        }

        BigDecimal rest = afterCopay.subtract(deductibleExact);
        BigDecimal coinsurance = Money.cents(rest.multiply(priced.coinsurance), rounding);
        if (steps != null && rest.signum() == 0) {
            steps.add("no coinsurance: nothing is left after the copay and deductible");
        } else if (steps != null) {
            boolean less = copayExact.signum() > 0 || deductibleExact.signum() > 0;
            steps.add("coinsurance = " + (less ? "(" : "") + "allowed " + Money.format(allowed)
                    + (copayExact.signum() > 0 ? " − copay " + Money.format(copay) : "")
                    + (deductibleExact.signum() > 0 ? " − deductible " + Money.format(deductible) : "")
                    + (less ? ")" : "") + " × " + Money.percentOfRate(priced.coinsurance) + " = "
                    + Money.format(coinsurance));
        }

        BigDecimal total = copay.add(deductible).add(coinsurance);
        if (outOfPocketLeft != null && total.compareTo(outOfPocketLeft) > 0) {
            BigDecimal uncapped = total;
            BigDecimal excess = total.subtract(outOfPocketLeft);
            BigDecimal cut = Money.min(excess, coinsurance);
            coinsurance = coinsurance.subtract(cut);
            excess = excess.subtract(cut);
            cut = Money.min(excess, deductible);
            deductible = deductible.subtract(cut);
            excess = excess.subtract(cut);
            if (!rule.copayAfterOutOfPocketMax()) {
                copay = copay.subtract(Money.min(excess, copay));
            }
            total = copay.add(deductible).add(coinsurance);
            if (steps != null) {
                steps.add("out-of-pocket maximum reached on this line: cost share " + Money.format(uncapped)
                        + " capped at the " + Money.format(outOfPocketLeft) + " left"
                        + (total.compareTo(outOfPocketLeft) > 0 ? ", but the plan still charges the copay" : "")
                        + " (copay " + Money.format(copay) + ", deductible " + Money.format(deductible)
                        + ", coinsurance " + Money.format(coinsurance) + ")");
            }
        }
        if (steps != null) {
            steps.add("cost share = copay " + Money.format(copay) + " + deductible " + Money.format(deductible)
                    + " + coinsurance " + Money.format(coinsurance) + " = " + Money.format(total));
        }

        BigDecimal towardDeductible = Money.ZERO;
        if (rule.deductibleApplies()) {
            towardDeductible = deductible;
            if (rule.copayCountsTowardDeductible()) {
                towardDeductible = towardDeductible.add(Money.min(copay, deductibleLeft));
            }
        }
        BigDecimal towardOutOfPocket = outOfPocketLeft == null ? total : Money.min(total, outOfPocketLeft);
        return new Share(copay, deductible, coinsurance, total, met.plus(towardDeductible, towardOutOfPocket, coverage.isFamily()));
    }

    /** Embedded family: the smaller of the individual and family amounts left; aggregate: the family's. */
    private static BigDecimal deductibleLeft(Coverage coverage, Accumulators met, List<String> steps) {
        BenefitDesign plan = coverage.plan();
        BigDecimal individual = Money.atLeastZero(plan.individualDeductible().subtract(met.individualDeductibleMet()));
        switch (coverage.kind()) {
            case FAMILY_EMBEDDED: {
                BigDecimal family = Money.atLeastZero(plan.familyDeductible().subtract(met.familyDeductibleMet()));
                BigDecimal left = Money.min(individual, family);
                if (steps != null) {
                    steps.add("deductible left (family, embedded) = min(individual "
                            + Money.format(plan.individualDeductible()) + " − " + Money.format(met.individualDeductibleMet())
                            + ", family " + Money.format(plan.familyDeductible()) + " − "
                            + Money.format(met.familyDeductibleMet()) + ") = " + Money.format(left));
                }
                return left;
            }
            case FAMILY_AGGREGATE: {
                BigDecimal family = Money.atLeastZero(plan.familyDeductible().subtract(met.familyDeductibleMet()));
                if (steps != null) {
                    steps.add("deductible left (family, aggregate) = family " + Money.format(plan.familyDeductible())
                            + " − " + Money.format(met.familyDeductibleMet()) + " = " + Money.format(family));
                }
                return family;
            }
            default:
                if (steps != null) {
                    steps.add("deductible left = individual " + Money.format(plan.individualDeductible()) + " − met "
                            + Money.format(met.individualDeductibleMet()) + " = " + Money.format(individual));
                }
                return individual;
        }
    }

    /** The smaller of the individual and family amounts left, or null when the plan has no maximum. */
    private static BigDecimal outOfPocketLeft(Coverage coverage, Accumulators met, List<String> steps) {
        BenefitDesign plan = coverage.plan();
        BigDecimal individualMax = plan.individualOutOfPocketMax();
        BigDecimal familyMax = coverage.isFamily() ? plan.familyOutOfPocketMax() : null;
        if (individualMax == null && familyMax == null) {
            if (steps != null) {
                steps.add("no out-of-pocket maximum on " + plan.name());
            }
            return null;
        }
        BigDecimal individual = individualMax == null ? null
                : Money.atLeastZero(individualMax.subtract(met.individualOutOfPocketMet()));
        BigDecimal family = familyMax == null ? null
                : Money.atLeastZero(familyMax.subtract(met.familyOutOfPocketMet()));
        BigDecimal left = individual == null ? family : family == null ? individual : Money.min(individual, family);
        if (steps != null) {
            StringBuilder step = new StringBuilder(120).append("out-of-pocket left = ");
            if (individual != null && family != null) {
                step.append("min(individual ").append(Money.format(individualMax)).append(" − ")
                        .append(Money.format(met.individualOutOfPocketMet())).append(", family ")
                        .append(Money.format(familyMax)).append(" − ").append(Money.format(met.familyOutOfPocketMet()))
                        .append(')');
            } else if (individual != null) {
                step.append("individual ").append(Money.format(individualMax)).append(" − met ")
                        .append(Money.format(met.individualOutOfPocketMet()));
            } else {
                step.append("family ").append(Money.format(familyMax)).append(" − met ")
                        .append(Money.format(met.familyOutOfPocketMet()));
            }
            steps.add(step.append(" = ").append(Money.format(left)).toString());
        }
        return left;
    }
}
