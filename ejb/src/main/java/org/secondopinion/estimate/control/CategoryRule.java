package org.secondopinion.estimate.control;

import java.math.BigDecimal;
import org.secondopinion.estimate.entity.Percent;
import org.secondopinion.estimate.entity.PlanCategory;
import org.secondopinion.platform.control.Money;

/**
 * A plan's cost sharing for one service category. Coinsurance rates are fractions (0.2 = 20%).
 *
 * @param deductibleBeforeCopay       no copay is charged while the deductible is not met; the deductible applies instead
 * @param copayCountsTowardDeductible the copay paid also reduces the deductible left
 * @param copayAfterOutOfPocketMax    the copay is still charged once the out-of-pocket maximum is met
 */
public record CategoryRule(boolean covered, BigDecimal copay, BigDecimal inNetworkCoinsurance,
                           BigDecimal outOfNetworkCoinsurance, boolean deductibleApplies,
                           boolean deductibleBeforeCopay, boolean copayCountsTowardDeductible,
                           boolean copayAfterOutOfPocketMax) {

    public static final CategoryRule NOT_COVERED =
            new CategoryRule(false, Money.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false, false, false, false);

    public CategoryRule {
        if (copay == null || copay.signum() < 0) {
            throw new IllegalArgumentException("A copay must be zero or more.");
        }
        requireRate(inNetworkCoinsurance);
        requireRate(outOfNetworkCoinsurance);
    }

    /** Covered, subject to the deductible, with these coinsurance rates and no copay. */
    public static CategoryRule coinsurance(BigDecimal inNetwork, BigDecimal outOfNetwork) {
        return new CategoryRule(true, Money.ZERO, inNetwork, outOfNetwork, true, false, false, false);
    }

    public CategoryRule withCopay(BigDecimal amount) {
        return new CategoryRule(covered, amount, inNetworkCoinsurance, outOfNetworkCoinsurance, deductibleApplies,
                deductibleBeforeCopay, copayCountsTowardDeductible, copayAfterOutOfPocketMax);
    }

    public CategoryRule withoutDeductible() {
        return new CategoryRule(covered, copay, inNetworkCoinsurance, outOfNetworkCoinsurance, false,
                deductibleBeforeCopay, copayCountsTowardDeductible, copayAfterOutOfPocketMax);
    }

    public CategoryRule withDeductibleBeforeCopay() {
        return new CategoryRule(covered, copay, inNetworkCoinsurance, outOfNetworkCoinsurance, deductibleApplies,
                true, copayCountsTowardDeductible, copayAfterOutOfPocketMax);
    }

    public CategoryRule withCopayCountingTowardDeductible() {
        return new CategoryRule(covered, copay, inNetworkCoinsurance, outOfNetworkCoinsurance, deductibleApplies,
                deductibleBeforeCopay, true, copayAfterOutOfPocketMax);
    }

    public CategoryRule withCopayAfterOutOfPocketMax() {
        return new CategoryRule(covered, copay, inNetworkCoinsurance, outOfNetworkCoinsurance, deductibleApplies,
                deductibleBeforeCopay, copayCountsTowardDeductible, true);
    }

    private static void requireRate(BigDecimal rate) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A coinsurance rate is a fraction from 0 to 1, e.g. 0.2 for 20%.");
        }
    }

    /** The calculator's rule of a plan's category: the percents become fractions ({@link Percent#fraction()}). */
    public static CategoryRule of(PlanCategory category) {
        if (!category.isCovered()) {
            return NOT_COVERED;
        }
        return new CategoryRule(true, category.getCopay(), new Percent(category.getInNetworkCoinsurance()).fraction(),
                new Percent(category.getOutOfNetworkCoinsurance()).fraction(), category.isDeductibleApplies(),
                category.isDeductibleBeforeCopay(), category.isCopayCountsTowardDeductible(),
                category.isCopayAfterOutOfPocketMax());
    }
}
