package org.secondopinion.estimate.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.estimate.entity.EstimateLine;

/**
 * One line of an estimate and how it was computed. Every amount is in cents and rounded once. On a covered line
 * the cost share (copay + deductible + coinsurance) plus the plan's payment is the allowed amount, and the patient
 * owes the cost share plus any balance bill; on a line the plan does not pay, the patient owes the self-pay price
 * and the cost share is zero.
 *
 * @param position      the line's place in the list handed to the calculator
 * @param planYearStart the first day of the plan year the line falls in; null for self-pay
 * @param covered       whether the plan pays toward the line; if not, the patient owes the self-pay price
 * @param charge        the provider's gross charge after units and modifiers; null when not known
 * @param allowed       the plan's allowed amount, or the self-pay price when the plan does not pay
 * @param balanceBill   what an out-of-network provider may bill above the allowed amount
 * @param low           what the patient owes at the low end of the range (the 10th percentile allowed)
 * @param high          what the patient owes at the high end of the range (the 90th percentile allowed)
 * @param explanation   the steps, in order, with the numbers used
 */
public record LineResult(ServiceLine line, int position, LocalDate planYearStart, boolean covered, PriceBasis basis,
                         BigDecimal charge, BigDecimal allowed, BigDecimal balanceBill, BigDecimal copay,
                         BigDecimal deductible, BigDecimal coinsurance, BigDecimal patientOwes, BigDecimal planPays,
                         BigDecimal low, BigDecimal high, List<String> explanation) {

    /** Copay + deductible + coinsurance: what counts toward the out-of-pocket maximum. */
    public BigDecimal costShare() {
        return copay.add(deductible).add(coinsurance);
    }

    public boolean hasRange() {
        return low.compareTo(high) != 0;
    }

    /** Keeps this result and its explanation on the estimate's line. */
    public void keepIn(EstimateLine estimateLine) {
        estimateLine.result(patientOwes, low, high, planPays, balanceBill, explanation);
    }
}
