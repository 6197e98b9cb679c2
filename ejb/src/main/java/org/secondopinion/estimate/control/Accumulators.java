package org.secondopinion.estimate.control;

import java.math.BigDecimal;
import org.secondopinion.platform.control.Money;

/** The amounts met so far this plan year, toward the deductibles and the out-of-pocket maximums. */
public record Accumulators(BigDecimal individualDeductibleMet, BigDecimal familyDeductibleMet,
                           BigDecimal individualOutOfPocketMet, BigDecimal familyOutOfPocketMet) {

    /** Nothing met: the start of a plan year. */
    public static final Accumulators NONE = new Accumulators(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public Accumulators {
        if (individualDeductibleMet == null || familyDeductibleMet == null || individualOutOfPocketMet == null
                || familyOutOfPocketMet == null || individualDeductibleMet.signum() < 0
                || familyDeductibleMet.signum() < 0 || individualOutOfPocketMet.signum() < 0
                || familyOutOfPocketMet.signum() < 0) {
            throw new IllegalArgumentException("Amounts met must be zero or more.");
        }
    }

    /** Amounts met by a patient on self-only coverage (no family figures). */
    public static Accumulators individual(BigDecimal deductibleMet, BigDecimal outOfPocketMet) {
        return new Accumulators(deductibleMet, Money.ZERO, outOfPocketMet, Money.ZERO);
    }

    /** The amounts after a line's cost share: on family coverage it counts for the patient and the family alike. */
    Accumulators plus(BigDecimal towardDeductible, BigDecimal towardOutOfPocket, boolean family) {
        if (towardDeductible.signum() == 0 && towardOutOfPocket.signum() == 0) {
            return this;
        }
        return new Accumulators(individualDeductibleMet.add(towardDeductible),
                family ? familyDeductibleMet.add(towardDeductible) : familyDeductibleMet,
                individualOutOfPocketMet.add(towardOutOfPocket),
                family ? familyOutOfPocketMet.add(towardOutOfPocket) : familyOutOfPocketMet);
    }
}
