package org.secondopinion.feeschedule.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.secondopinion.feeschedule.entity.Methodology;
import org.secondopinion.feeschedule.entity.ScheduledCharge;

/**
 * One price fact from a hospital's standard-charge file: an item or service (or, when
 * {@code modifierAdjustment}, a modifier that adjusts other items' charges), in a setting,
 * with its gross and cash charges and, when a payer plan is named, the charge negotiated
 * with that plan. Percentages are as written: 70.5 means 70.5 %. Blank values are null.
 *
 * @param line     the physical line the fact comes from (CSV), or the line its item starts on (JSON)
 * @param location where in the file: "line 12", "line 12, Platform Health Insurance | PPO",
 *                 or a JSON path such as "standard_charge_information[3].standard_charges[0].payers_information[1]"
 */
public record StandardCharge(
        String description,
        List<ChargeCode> codes,
        CareSetting setting,
        BigDecimal drugUnit,
        String drugType,
        List<String> modifiers,
        boolean modifierAdjustment,
        BigDecimal grossCharge,
        BigDecimal discountedCash,
        BigDecimal minimum,
        BigDecimal maximum,
        String payerName,
        String planName,
        BigDecimal negotiatedDollar,
        BigDecimal negotiatedPercentage,
        String negotiatedAlgorithm,
        BigDecimal estimatedAmount,
        BigDecimal medianAmount,
        BigDecimal percentile10,
        BigDecimal percentile90,
        AllowedAmountCount count,
        Methodology methodology,
        String genericNotes,
        String payerNotes,
        long line,
        String location) {

    public StandardCharge {
        codes = List.copyOf(codes);
        modifiers = List.copyOf(modifiers);
    }

    /** The rows of this charge in a schedule: one per code, so a price is found by its code; a modifier-only row once. */
    public List<ScheduledCharge> rows(long feeScheduleId) {
        int rows = Math.max(1, codes().size());
        List<ScheduledCharge> result = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            ChargeCode code = codes().isEmpty() ? null : codes().get(i);
            result.add(new ScheduledCharge(feeScheduleId, code == null ? null : code.code(),
                    code == null ? null : code.type(), description(),
                    setting() == null ? null : setting().name(), String.join(",", modifiers()),
                    modifierAdjustment(), grossCharge(), discountedCash(), minimum(),
                    maximum(), payerName(), planName(), negotiatedDollar(),
                    negotiatedPercentage(), negotiatedAlgorithm(), estimatedAmount(),
                    medianAmount(), percentile10(), percentile90(),
                    methodology() == null ? null : methodology().name(), line()));
        }
        return result;
    }

    /** Whether a payer-specific negotiated charge (dollar, percentage or algorithm) is given. */
    public boolean negotiated() {
        return negotiatedDollar != null || negotiatedPercentage != null || negotiatedAlgorithm != null;
    }
}
