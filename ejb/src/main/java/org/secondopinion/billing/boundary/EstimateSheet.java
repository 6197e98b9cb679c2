package org.secondopinion.billing.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.secondopinion.billing.entity.CostEstimate;
import org.secondopinion.billing.entity.EstimateLine;

/**
 * An estimate as the patient reads it: the workup, then each treatment option side by side with its total,
 * its low–high range and what it comes to with the workup, and the disclaimers. Built from the results the
 * lines keep, so an issued version always reads as it was issued.
 */
public record EstimateSheet(List<OptionTotal> options, List<String> disclaimers) {

    public static final List<String> INSURED_DISCLAIMERS = List.of(
            "This is an estimate, not a bill or a guarantee of payment. What you pay depends on the care you"
                    + " actually receive, on your plan's processing of the claims, and on amounts met between now"
                    + " and the date of service.",
            "The amounts met toward your deductible and out-of-pocket maximum are those known on the date shown."
                    + " Claims not yet processed can change them.",
            "The treatment options are alternatives: each is shown with the second-opinion workup, not added to"
                    + " the others.",
            "A range shows what you would pay between the lower and the higher amounts your plan has allowed for"
                    + " the service.",
            "Prices come from the hospital's published standard charges; physicians and facilities outside the"
                    + " hospital bill separately.");

    public static final List<String> SELF_PAY_DISCLAIMERS = List.of(
            "You are uninsured or paying yourself: these are the hospital's discounted cash prices.",
            "This is an estimate, not a contract; actual charges may differ. Other items or services may be"
                    + " recommended and are not included.",
            "If a bill from a provider or facility is at least $400 more than this estimate, you may dispute it"
                    + " within 120 days of the bill (patient-provider dispute resolution, www.cms.gov/nosurprises).",
            "The treatment options are alternatives: each is shown with the second-opinion workup, not added to"
                    + " the others.");

    /**
     * @param withWorkup the option and the workup together (the workup's own total for the workup)
     */
    public record OptionTotal(String name, boolean workup, BigDecimal patientOwes, BigDecimal low, BigDecimal high,
                              BigDecimal planPays, BigDecimal balanceBill, BigDecimal withWorkup,
                              BigDecimal withWorkupLow, BigDecimal withWorkupHigh, List<EstimateLine> lines) {

        public boolean hasRange() {
            return low.compareTo(high) != 0;
        }
    }

    public static EstimateSheet of(CostEstimate estimate) {
        List<OptionTotal> options = new ArrayList<>();
        Sums workup = Sums.of(estimate.linesOf(CostEstimate.WORKUP));
        for (String option : estimate.optionNames()) {
            List<EstimateLine> lines = estimate.linesOf(option);
            Sums sums = Sums.of(lines);
            boolean isWorkup = CostEstimate.WORKUP.equals(option);
            options.add(new OptionTotal(option, isWorkup, sums.owes, sums.low, sums.high, sums.planPays,
                    sums.balanceBill, isWorkup ? sums.owes : sums.owes.add(workup.owes),
                    isWorkup ? sums.low : sums.low.add(workup.low), isWorkup ? sums.high : sums.high.add(workup.high),
                    lines));
        }
        return new EstimateSheet(List.copyOf(options),
                estimate.isSelfPay() ? SELF_PAY_DISCLAIMERS : INSURED_DISCLAIMERS);
    }

    private record Sums(BigDecimal owes, BigDecimal low, BigDecimal high, BigDecimal planPays,
                        BigDecimal balanceBill) {

        static Sums of(List<EstimateLine> lines) {
            BigDecimal owes = BigDecimal.ZERO.setScale(2);
            BigDecimal low = owes;
            BigDecimal high = owes;
            BigDecimal planPays = owes;
            BigDecimal balanceBill = owes;
            for (EstimateLine line : lines) {
                owes = owes.add(orZero(line.getPatientOwes()));
                low = low.add(orZero(line.getLow()));
                high = high.add(orZero(line.getHigh()));
                planPays = planPays.add(orZero(line.getPlanPays()));
                balanceBill = balanceBill.add(orZero(line.getBalanceBill()));
            }
            return new Sums(owes, low, high, planPays, balanceBill);
        }

        private static BigDecimal orZero(BigDecimal amount) {
            return amount == null ? BigDecimal.ZERO : amount;
        }
    }
}
