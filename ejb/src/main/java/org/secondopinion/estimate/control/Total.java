package org.secondopinion.estimate.control;

import java.math.BigDecimal;
import java.util.List;
import org.secondopinion.platform.control.Money;

/** The sum of some lines of an estimate (an option, a provider, a plan year, all), with its low–high range. */
public record Total(String name, BigDecimal patientOwes, BigDecimal low, BigDecimal high, BigDecimal planPays,
                    BigDecimal balanceBill) {

    static Total of(String name, List<LineResult> lines) {
        BigDecimal owes = Money.ZERO;
        BigDecimal low = Money.ZERO;
        BigDecimal high = Money.ZERO;
        BigDecimal planPays = Money.ZERO;
        BigDecimal balanceBill = Money.ZERO;
        for (LineResult line : lines) {
            owes = owes.add(line.patientOwes());
            low = low.add(line.low());
            high = high.add(line.high());
            planPays = planPays.add(line.planPays());
            balanceBill = balanceBill.add(line.balanceBill());
        }
        return new Total(name, owes, low, high, planPays, balanceBill);
    }

    public boolean hasRange() {
        return low.compareTo(high) != 0;
    }
}
