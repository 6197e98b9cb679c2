package org.secondopinion.estimate.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A line between pricing and cost sharing: its exact amounts so far and the steps that led to them. */
final class PricedLine {

    final int position;
    final ServiceLine line;
    final List<String> steps = new ArrayList<>(12);
    /** The plan year the line falls in: 0 for the coverage's current one (always 0 for self-pay). */
    int planYear;
    /** 0 for lines counted first (the workup), 1 for the others. */
    int stage;

    /** Whether the plan pays toward the line; if not, {@link #amount} is the self-pay price. */
    boolean covered;
    PriceBasis basis;
    CategoryRule rule;
    /** The coinsurance rate that applies: in network, or out of network unless the No Surprises Act protects. */
    BigDecimal coinsurance;
    boolean balanceBilling;
    boolean reducible;

    /** The allowed amount (or the self-pay price), at full precision. */
    BigDecimal amount;
    BigDecimal low;
    BigDecimal high;
    /** Whether low and high differ from the amount (an algorithm's percentiles). */
    boolean ranged;
    /** The gross charge after units and modifiers, or null. */
    BigDecimal charge;

    PricedLine(int position, ServiceLine line) {
        this.position = position;
        this.line = line;
    }

    /** Multiplies every price of the line; the charge too unless only the payer's amount changes. */
    void multiply(BigDecimal factor, boolean alsoCharge) {
        amount = amount.multiply(factor);
        if (ranged) {
            low = low.multiply(factor);
            high = high.multiply(factor);
        } else {
            low = amount;
            high = amount;
        }
        if (alsoCharge && charge != null) {
            charge = charge.multiply(factor);
        }
    }
}
