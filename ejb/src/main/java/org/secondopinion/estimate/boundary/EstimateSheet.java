package org.secondopinion.estimate.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.EstimateLine;

/**
 * An estimate as the patient reads it: the workup, then each treatment option side by side with its total,
 * its low–high range and what it comes to with the workup, the whole estimate's total, and the disclaimers.
 * Built from the results the lines keep, so an issued version always reads as it was issued. The page, the API
 * and the patient's PDF all take their totals from here and nowhere else.
 */
public record EstimateSheet(List<OptionTotal> options, EstimateTotal total, List<String> disclaimers)
        implements Serializable {

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
     * The sums of some lines. On each line the plan's allowed amount is what the patient owes without the balance
     * bill plus what the plan pays (the calculator's cost share + plan payment = allowed; on a line the plan does
     * not pay, the self-pay price), so it is read back from the three amounts the line keeps.
     *
     * @param low  what the patient owes at the low end of the lines' ranges
     * @param high what the patient owes at the high end
     */
    public record Amounts(BigDecimal patientOwes, BigDecimal low, BigDecimal high, BigDecimal planPays,
                          BigDecimal allowed, BigDecimal balanceBill) implements Serializable {

        static final Amounts NONE = new Amounts(zero(), zero(), zero(), zero(), zero(), zero());

        static Amounts of(List<EstimateLine> lines) {
            Amounts sum = NONE;
            for (EstimateLine line : lines) {
                BigDecimal owes = orZero(line.getPatientOwes());
                BigDecimal planPays = orZero(line.getPlanPays());
                BigDecimal balanceBill = orZero(line.getBalanceBill());
                sum = sum.plus(new Amounts(owes, orZero(line.getLow()), orZero(line.getHigh()), planPays,
                        owes.subtract(balanceBill).add(planPays), balanceBill));
            }
            return sum;
        }

        Amounts plus(Amounts other) {
            return new Amounts(patientOwes.add(other.patientOwes), low.add(other.low), high.add(other.high),
                    planPays.add(other.planPays), allowed.add(other.allowed), balanceBill.add(other.balanceBill));
        }

        public boolean hasRange() {
            return low.compareTo(high) != 0;
        }

        private static BigDecimal zero() {
            return BigDecimal.ZERO.setScale(2);
        }

        private static BigDecimal orZero(BigDecimal amount) {
            return amount == null ? BigDecimal.ZERO : amount;
        }
    }

    /**
     * The workup or one treatment option.
     *
     * @param own        the option's own lines
     * @param withWorkupAmounts the option and the workup together (the workup's own amounts for the workup); the
     *                   option's lines were priced from the amounts the workup met, so this never passes the
     *                   out-of-pocket maximum
     */
    public record OptionTotal(String name, boolean workup, Amounts own, Amounts withWorkupAmounts,
                              List<EstimateLine> lines) implements Serializable {

        public BigDecimal patientOwes() { return own.patientOwes(); }
        public BigDecimal low() { return own.low(); }
        public BigDecimal high() { return own.high(); }
        public BigDecimal planPays() { return own.planPays(); }
        public BigDecimal allowed() { return own.allowed(); }
        public BigDecimal balanceBill() { return own.balanceBill(); }
        public BigDecimal withWorkup() { return withWorkupAmounts.patientOwes(); }
        public BigDecimal withWorkupLow() { return withWorkupAmounts.low(); }
        public BigDecimal withWorkupHigh() { return withWorkupAmounts.high(); }
        public BigDecimal withWorkupPlanPays() { return withWorkupAmounts.planPays(); }
        public BigDecimal withWorkupAllowed() { return withWorkupAmounts.allowed(); }

        public boolean hasRange() {
            return own.hasRange();
        }
    }

    /**
     * The whole estimate. The options are alternatives, so their totals are never added together: the estimate
     * comes to the workup and the one option the patient chooses. Patient owes, plan pays and allowed are those
     * of the choice that costs the patient most (the workup alone when there is no option), so "up to" holds
     * whichever option is chosen; the range runs from the least any choice may cost (its low end) to the most
     * (its high end).
     *
     * @param basis the option whose amounts these are, or the workup's name when there is no option
     * @param low   the least of the choices' low ends
     * @param high  the greatest of the choices' high ends
     */
    public record EstimateTotal(String basis, BigDecimal patientOwes, BigDecimal planPays, BigDecimal allowed,
                                BigDecimal balanceBill, BigDecimal low, BigDecimal high) implements Serializable {

        public boolean hasRange() {
            return low.compareTo(high) != 0;
        }
    }

    public static EstimateSheet of(CostEstimate estimate) {
        List<OptionTotal> options = new ArrayList<>();
        Amounts workup = Amounts.of(estimate.linesOf(CostEstimate.WORKUP));
        for (String option : estimate.optionNames()) {
            List<EstimateLine> lines = estimate.linesOf(option);
            Amounts own = Amounts.of(lines);
            boolean isWorkup = CostEstimate.WORKUP.equals(option);
            options.add(new OptionTotal(option, isWorkup, own, isWorkup ? own : own.plus(workup), lines));
        }
        return new EstimateSheet(List.copyOf(options), total(options, workup),
                estimate.isSelfPay() ? SELF_PAY_DISCLAIMERS : INSURED_DISCLAIMERS);
    }

    /** The choices are each option with the workup, or the workup alone when there is no option. */
    private static EstimateTotal total(List<OptionTotal> options, Amounts workup) {
        List<OptionTotal> choices = options.stream().filter(o -> !o.workup()).toList();
        if (choices.isEmpty()) {
            return new EstimateTotal(CostEstimate.WORKUP, workup.patientOwes(), workup.planPays(), workup.allowed(),
                    workup.balanceBill(), workup.low(), workup.high());
        }
        OptionTotal most = choices.stream().max(Comparator.comparing(OptionTotal::withWorkup)
                .thenComparing(OptionTotal::withWorkupHigh)).orElseThrow();
        BigDecimal low = choices.stream().map(OptionTotal::withWorkupLow).min(Comparator.naturalOrder())
                .orElseThrow();
        BigDecimal high = choices.stream().map(OptionTotal::withWorkupHigh).max(Comparator.naturalOrder())
                .orElseThrow();
        Amounts chosen = most.withWorkupAmounts();
        return new EstimateTotal(most.name(), chosen.patientOwes(), chosen.planPays(), chosen.allowed(),
                chosen.balanceBill(), low, high);
    }
}
