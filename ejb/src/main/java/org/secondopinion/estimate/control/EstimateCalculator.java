package org.secondopinion.estimate.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secondopinion.platform.control.Money;

/**
 * Estimates what a patient will pay for a list of service lines under their coverage, following the steps of
 * the domain reference in order: price, adjustments (units, modifiers, multiple-procedure reduction), not
 * covered, then deductible, copay, coinsurance and the out-of-pocket cap with the amounts met carried from line
 * to line (date of service order, then highest allowed first), reset at each new plan year. A line's low–high
 * range is its cost share at the 10th and 90th percentile allowed amounts from the same amounts met as its point
 * estimate; later lines carry on from the point estimate. Thread-safe and free of container types.
 */
public final class EstimateCalculator {

    /**
     * Plan year, then the lines counted first (the workup) before the others, then date of service, then the
     * highest amount first; ties keep the order of the request. With nothing counted first this is date, then
     * amount.
     */
    private static final Comparator<PricedLine> ORDER = (a, b) -> {
        if (a.planYear != b.planYear) {
            return a.planYear < b.planYear ? -1 : 1;
        }
        if (a.stage != b.stage) {
            return a.stage < b.stage ? -1 : 1;
        }
        int byDate = a.line.dateOfService().compareTo(b.line.dateOfService());
        return byDate != 0 ? byDate : b.amount.compareTo(a.amount);
    };

    private final RoundingMode rounding;

    /** Rounds patient-facing amounts half up to cents. */
    public EstimateCalculator() {
        this(RoundingMode.HALF_UP);
    }

    public EstimateCalculator(RoundingMode rounding) {
        if (rounding == null || rounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("A rounding mode that rounds is required.");
        }
        this.rounding = rounding;
    }

    public Estimate estimate(Coverage coverage, List<ServiceLine> lines) {
        return estimate(coverage, lines, 0);
    }

    /**
     * An estimate in which the first {@code countedFirst} lines (the second-opinion workup) count toward the
     * deductible and the out-of-pocket maximum before the others in each plan year, whatever their dates: they
     * come out as they would alone, and the others start from what they met, so together they never pass the
     * out-of-pocket maximum. The multiple-procedure reduction applies within each of the two groups.
     */
    public Estimate estimate(Coverage coverage, List<ServiceLine> lines, int countedFirst) {
        if (coverage == null || lines == null) {
            throw new IllegalArgumentException("An estimate needs the coverage and the service lines.");
        }
        if (countedFirst < 0 || countedFirst > lines.size()) {
            throw new IllegalArgumentException("Lines counted first: " + countedFirst + " of " + lines.size());
        }
        PricedLine[] priced = new PricedLine[lines.size()];
        LocalDate secondYear = coverage.isSelfPay() ? null : coverage.planYearStart().plusYears(1);
        for (int i = 0; i < priced.length; i++) {
            ServiceLine line = lines.get(i);
            int planYear = 0;
            if (secondYear != null) {
                if (line.dateOfService().isBefore(coverage.planYearStart())) {
                    throw new IllegalArgumentException("The service on " + line.dateOfService()
                            + " is before the plan year starting " + coverage.planYearStart());
                }
                if (!line.dateOfService().isBefore(secondYear)) {
                    planYear = laterPlanYear(coverage.planYearStart(), line.dateOfService());
                }
            }
            PricedLine pricedLine = Pricing.price(i, line, coverage);
            pricedLine.planYear = planYear;
            pricedLine.stage = i < countedFirst ? 0 : 1;
            priced[i] = pricedLine;
        }
        Arrays.sort(priced, ORDER);
        if (!coverage.isSelfPay()) {
            reduceMultipleProcedures(priced, coverage.plan().adjustments().additionalProcedure());
            Arrays.sort(priced, ORDER);
        }
        return coverage.isSelfPay() ? selfPay(coverage, priced) : insured(coverage, priced);
    }

    /** 1 for the plan year after the one starting on {@code start}, 2 for the one after, ... */
    private static int laterPlanYear(LocalDate start, LocalDate dateOfService) {
        int year = 1;
        while (!dateOfService.isBefore(start.plusYears(year + 1L))) {
            year++;
        }
        return year;
    }

    /**
     * Within one date and provider (and one group: the workup's procedures never reduce an option's), the flagged
     * procedure with the highest allowed amount is paid in full and each other at the payer's fraction. Expects
     * the lines in {@link #ORDER}, so the first of a group is the highest.
     */
    private static void reduceMultipleProcedures(PricedLine[] priced, BigDecimal fraction) {
        boolean[] leads = new boolean[priced.length];
        for (int i = 0; i < priced.length; i++) {
            PricedLine line = priced[i];
            if (!line.reducible) {
                continue;
            }
            int first = -1;
            for (int j = 0; j < i && first < 0; j++) {
                PricedLine other = priced[j];
                if (other.reducible && other.stage == line.stage
                        && other.line.dateOfService().equals(line.line.dateOfService())
                        && other.line.provider().equals(line.line.provider())) {
                    first = j;
                }
            }
            if (first < 0) {
                continue;
            }
            if (!leads[first]) {
                leads[first] = true;
                priced[first].steps.add("multiple procedures on " + line.line.dateOfService() + " by "
                        + line.line.provider() + ": the highest allowed is paid at 100%");
            }
            line.multiply(fraction, false);
            line.steps.add("multiple-procedure reduction: not the highest allowed procedure that day by "
                    + line.line.provider() + ", × " + Money.percentOfRate(fraction) + " = " + Money.format(line.amount));
        }
    }

    private Estimate selfPay(Coverage coverage, PricedLine[] priced) {
        LineResult[] results = new LineResult[priced.length];
        List<LineResult> ordered = new ArrayList<>(priced.length);
        for (PricedLine line : priced) {
            LineResult result = notCovered(line, null);
            results[line.position] = result;
            ordered.add(result);
        }
        List<String> notes = List.of("Self-pay: discounted cash prices (the gross charge where there is none);"
                + " no deductible or out-of-pocket amounts apply.");
        return assemble(coverage, ordered, results, List.of(), coverage.met(), notes);
    }

    private Estimate insured(Coverage coverage, PricedLine[] priced) {
        LineResult[] results = new LineResult[priced.length];
        List<LineResult> ordered = new ArrayList<>(priced.length);
        List<PlanYearEstimate> years = new ArrayList<>(2);
        List<String> notes = new ArrayList<>(2);

        int yearIndex = 0;
        LocalDate yearStart = coverage.planYearStart();
        LocalDate nextYearStart = yearStart.plusYears(1);
        Accumulators metAtYearStart = coverage.met();
        Accumulators point = metAtYearStart;
        List<LineResult> yearLines = new ArrayList<>(priced.length);

        for (PricedLine line : priced) {
            boolean reset = false;
            while (!line.line.dateOfService().isBefore(nextYearStart)) {
                if (!yearLines.isEmpty()) {
                    years.add(planYear(yearStart, nextYearStart, metAtYearStart, point, yearLines));
                    yearLines = new ArrayList<>(priced.length);
                }
                yearIndex++;
                yearStart = coverage.planYearStart().plusYears(yearIndex);
                nextYearStart = coverage.planYearStart().plusYears(yearIndex + 1L);
                metAtYearStart = Accumulators.NONE;
                point = metAtYearStart;
                reset = true;
            }
            if (reset) {
                line.steps.add(0, "plan year from " + yearStart + ": the amounts met reset to 0.00");
            }

            LineResult result;
            if (!line.covered) {
                result = notCovered(line, yearStart);
            } else {
                CostSharing.Share share = CostSharing.apply(line.amount, line, coverage, point, rounding, line.steps);
                CostSharing.Share lowShare = share;
                CostSharing.Share highShare = share;
                if (line.ranged) {
                    lowShare = CostSharing.apply(line.low, line, coverage, point, rounding, null);
                    highShare = CostSharing.apply(line.high, line, coverage, point, rounding, null);
                }
                point = share.after();
                result = covered(line, yearStart, share, lowShare, highShare);
            }
            results[line.position] = result;
            ordered.add(result);
            yearLines.add(result);
        }
        if (!yearLines.isEmpty()) {
            years.add(planYear(yearStart, nextYearStart, metAtYearStart, point, yearLines));
        }
        if (years.size() > 1) {
            StringBuilder note = new StringBuilder("The services span ").append(years.size())
                    .append(" plan years (");
            for (int i = 0; i < years.size(); i++) {
                note.append(i == 0 ? "from " : ", from ").append(years.get(i).start());
            }
            notes.add(note.append("); the amounts met reset at the start of each, so each year is estimated on its own.")
                    .toString());
        } else if (yearIndex > 0) {
            notes.add("All services fall in the plan year from " + yearStart + ": the amounts met reset to 0.00.");
        }
        return assemble(coverage, ordered, results, years, point, notes);
    }

    private LineResult notCovered(PricedLine line, LocalDate yearStart) {
        BigDecimal price = Money.cents(line.amount, rounding);
        line.steps.add("patient owes " + Money.format(price));
        BigDecimal charge = line.charge == null ? null : Money.cents(line.charge, rounding);
        return new LineResult(line.line, line.position, yearStart, false, line.basis, charge, price, Money.ZERO,
                Money.ZERO, Money.ZERO, Money.ZERO, price, Money.ZERO, price, price,
                Collections.unmodifiableList(line.steps));
    }

    private LineResult covered(PricedLine line, LocalDate yearStart, CostSharing.Share share,
                               CostSharing.Share lowShare, CostSharing.Share highShare) {
        List<String> steps = line.steps;
        BigDecimal allowed = Money.cents(line.amount, rounding);
        BigDecimal charge = line.charge == null ? null : Money.cents(line.charge, rounding);
        BigDecimal balanceBill = Money.ZERO;
        if (line.balanceBilling) {
            if (charge == null) {
                steps.add("balance bill not estimated: no gross charge known");
            } else {
                balanceBill = Money.atLeastZero(charge.subtract(allowed));
                steps.add("balance bill = charge " + Money.format(charge) + " − allowed " + Money.format(allowed) + " = "
                        + Money.format(balanceBill)
                        + "; it counts toward neither the deductible nor the out-of-pocket maximum");
            }
        }
        BigDecimal owes = share.total().add(balanceBill);
        BigDecimal planPays = allowed.subtract(share.total());
        steps.add(balanceBill.signum() > 0
                ? "patient owes = cost share " + Money.format(share.total()) + " + balance bill "
                + Money.format(balanceBill) + " = " + Money.format(owes) + "; plan pays " + Money.format(allowed)
                + " − " + Money.format(share.total()) + " = " + Money.format(planPays)
                : "patient owes " + Money.format(owes) + "; plan pays " + Money.format(allowed) + " − "
                + Money.format(share.total()) + " = " + Money.format(planPays));
        BigDecimal lowOwes = lowShare.total().add(balanceBill);
        BigDecimal highOwes = highShare.total().add(balanceBill);
        if (lowOwes.compareTo(highOwes) != 0) {
            steps.add("range " + Money.format(lowOwes) + " to " + Money.format(highOwes)
                    + " (allowed at the 10th to 90th percentile, from the same amounts met)");
        }
        return new LineResult(line.line, line.position, yearStart, true, line.basis, charge, allowed, balanceBill,
                share.copay(), share.deductible(), share.coinsurance(), owes, planPays, lowOwes, highOwes,
                Collections.unmodifiableList(steps));
    }

    private static PlanYearEstimate planYear(LocalDate start, LocalDate nextStart, Accumulators metAtStart,
                                             Accumulators metAtEnd, List<LineResult> lines) {
        List<LineResult> yearLines = Collections.unmodifiableList(lines);
        return new PlanYearEstimate(start, nextStart.minusDays(1), metAtStart, metAtEnd, yearLines,
                Total.of("Plan year from " + start, yearLines));
    }

    private static Estimate assemble(Coverage coverage, List<LineResult> ordered, LineResult[] byPosition,
                                     List<PlanYearEstimate> years, Accumulators metAfter, List<String> notes) {
        Map<String, List<LineResult>> options = new LinkedHashMap<>();
        Map<String, List<LineResult>> providers = new LinkedHashMap<>();
        for (LineResult result : byPosition) {
            options.computeIfAbsent(result.line().option(), k -> new ArrayList<>()).add(result);
            providers.computeIfAbsent(result.line().provider(), k -> new ArrayList<>()).add(result);
        }
        List<LineResult> lines = Collections.unmodifiableList(ordered);
        return new Estimate(coverage.kind(), lines, totals(options), totals(providers), Total.of("All services", lines),
                Collections.unmodifiableList(years), metAfter, Collections.unmodifiableList(notes));
    }

    private static List<Total> totals(Map<String, List<LineResult>> groups) {
        List<Total> totals = new ArrayList<>(groups.size());
        for (Map.Entry<String, List<LineResult>> group : groups.entrySet()) {
            totals.add(Total.of(group.getKey(), group.getValue()));
        }
        return Collections.unmodifiableList(totals);
    }
}
