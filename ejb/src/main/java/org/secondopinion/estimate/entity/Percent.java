package org.secondopinion.estimate.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * A rate as people write it and as the database keeps it: percent from 0 to 100 (20 = 20%). Pages, API bodies,
 * plans and price files all use percent; only the calculator takes the fraction ({@link #fraction()}), so the
 * conversion happens here and nowhere else.
 */
public record Percent(BigDecimal value) implements Serializable {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public Percent {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A percent is from 0 to 100, e.g. 20 for 20%, not " + value + ".");
        }
    }

    /** The percent entered for a field, refused with the field's name when it is missing or not 0 to 100. */
    public static Percent of(String field, String label, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new RuleViolation(field, label + " is 0 to 100 percent" + (value == null ? "." : ", not "
                    + value.stripTrailingZeros().toPlainString() + "."));
        }
        return new Percent(value);
    }

    /** The rate the calculator takes: 20% → 0.2. */
    public BigDecimal fraction() {
        return value.movePointLeft(2).stripTrailingZeros();
    }

    /** As shown to people: "20%", "12.5%". */
    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + "%";
    }
}
