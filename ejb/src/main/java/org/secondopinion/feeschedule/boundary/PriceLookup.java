package org.secondopinion.feeschedule.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.secondopinion.feeschedule.entity.Methodology;
import org.secondopinion.feeschedule.entity.PriceFacts;
import org.secondopinion.feeschedule.entity.ScheduledCharge;
import org.secondopinion.platform.control.Money;

/**
 * Finds a line's prices among a fee schedule's charges for its code: the row for the line's modifiers when the
 * file prices them (an outside read with 26, say), otherwise the row without modifiers; the file's modifier rows
 * for the patient's payer and plan (50 at 150%, say) then adjust it, and the calculator applies what is left.
 * Gross and cash prices come from the first such row that has them; the negotiated rate from the row of the
 * patient's payer and plan (names compared without case, an underscore read as a space). A code the file prices
 * only for payers (a case rate with no gross charge) is priced for a patient whose plan is one of them.
 */
public final class PriceLookup {

    /**
     * @param prices            what was found
     * @param modifiersLeft     the modifiers the calculator must still apply (none when the file priced them)
     * @param source            where the prices came from, for the explanation
     * @param perStay           the rate is a case rate: one amount for the stay, whatever the units
     */
    public record Found(PriceFacts prices, String description, String codeType, String modifiersLeft, String source,
                 boolean perStay) {

        /** The units the line is priced for: a case rate once for the stay, else as entered. */
        public int unitsPriced(int entered) {
            return perStay ? 1 : entered;
        }

        /** Where the prices came from, and why the entered units are not multiplied when they are not. */
        public String explanation(int entered) {
            return perStay && entered != 1 ? source + "; a case rate is one amount for the stay, so it is priced"
                    + " once, not for " + entered + " units" : source;
        }
    }

    private static final int MAX_PLANS_NAMED = 5;
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    private PriceLookup() {
    }

    /** @return null when no row of the code has a price */
    static Found find(List<ScheduledCharge> rows, String modifiers, String payer, String plan) {
        return find(rows, List.of(), modifiers, payer, plan);
    }

    /**
     * @param adjustments the file's modifier rows (no code: "50 = 150% for this plan"), used when the file has no
     *                    row of the code for the line's modifiers
     * @return null when no row of the code has a price for this patient ({@link #whyNoPrice} says why)
     */
    static Found find(List<ScheduledCharge> rows, List<ScheduledCharge> adjustments, String modifiers, String payer,
                      String plan) {
        Set<String> wanted = modifierSet(modifiers);
        if (!wanted.isEmpty()) {
            Found modified = find(rows, wanted, payer, plan, "");
            if (modified != null) {
                return modified;
            }
        }
        Found unmodified = find(rows, Set.of(), payer, plan, String.join(",", wanted));
        return unmodified == null || wanted.isEmpty() ? unmodified
                : adjusted(unmodified, adjustments, wanted, payer, plan);
    }

    /** The rows priced for exactly these modifiers; {@code left} is what the calculator must still apply. */
    private static Found find(List<ScheduledCharge> rows, Set<String> modifiers, String payer, String plan,
                              String left) {
        List<ScheduledCharge> candidates = rows.stream()
                .filter(row -> !row.isModifierAdjustment() && modifierSet(row.getModifiers()).equals(modifiers))
                .toList();
        ScheduledCharge base = candidates.stream()
                .filter(row -> row.getGrossCharge() != null || row.getDiscountedCash() != null).findFirst().orElse(null);
        if (base == null) {
            return payerOnly(candidates, payer, plan, left);
        }
        PriceFacts prices = PriceFacts.NONE.withGrossCharge(base.getGrossCharge())
                .withDiscountedCash(base.getDiscountedCash());
        String source = "fee schedule line " + base.getSourceLine();
        boolean perStay = false;
        if (payer != null && plan != null) {
            ScheduledCharge negotiated = candidates.stream()
                    .filter(row -> same(row.getPayerName(), payer) && same(row.getPlanName(), plan)).findFirst()
                    .orElse(null);
            PriceFacts rated = negotiated == null ? null : rated(prices, negotiated);
            if (rated != null) {
                prices = rated;
                source = "fee schedule line " + negotiated.getSourceLine() + " (" + negotiated.getPayerName() + ", "
                        + negotiated.getPlanName() + ")" + otherRates(candidates, negotiated, payer, plan);
                perStay = caseRate(negotiated);
            } else {
                source += " (no negotiated rate for " + payer + ", " + plan + ")";
            }
        }
        return new Found(prices, base.getDescription(), base.getCodeType(), left, source, perStay);
    }

    /**
     * A code without gross charge or cash price (a DRG the file states only as payers' case rates): the rate of
     * the patient's plan when it is an amount, else null. A percentage needs a gross charge to be applied to, so
     * without one only the file's estimated amount for it can price the line.
     */
    private static Found payerOnly(List<ScheduledCharge> candidates, String payer, String plan, String left) {
        if (payer == null || plan == null) {
            return null;
        }
        for (ScheduledCharge row : candidates) {
            if (!same(row.getPayerName(), payer) || !same(row.getPlanName(), plan)) {
                continue;
            }
            PriceFacts rated = amountOnly(row);
            if (rated != null) {
                return new Found(rated, row.getDescription(), row.getCodeType(), left, "fee schedule line "
                        + row.getSourceLine() + " (" + row.getPayerName() + ", " + row.getPlanName()
                        + "; the file gives no gross charge or cash price for this code)"
                        + otherRates(candidates, row, payer, plan), caseRate(row));
            }
        }
        return null;
    }

    /**
     * The plan's other dollar rates for the code when the file gives it more than one, told apart only by the
     * file's notes (CMS's own v2.0.0 and v3.0.0 examples price the observation room, revenue code 762, at 8,000 and
     * at 10,000 for one plan, with and without a rule-out of myocardial infarction): the look-up takes the first,
     * and the line's source names the others, so that billing staff check which applies. Empty when there are none.
     */
    private static String otherRates(List<ScheduledCharge> candidates, ScheduledCharge chosen, String payer,
                                     String plan) {
        if (chosen.getNegotiatedDollar() == null) {
            return "";
        }
        List<String> others = candidates.stream()
                .filter(row -> row != chosen && row.getNegotiatedDollar() != null
                        && row.getNegotiatedDollar().compareTo(chosen.getNegotiatedDollar()) != 0
                        && same(row.getPayerName(), payer) && same(row.getPlanName(), plan))
                .map(row -> Money.format(row.getNegotiatedDollar()) + " on line " + row.getSourceLine())
                .distinct().toList();
        return others.isEmpty() ? "" : "; the file gives this plan other rates for this code too ("
                + String.join(", ", others) + "): check its notes for which applies";
    }

    private static PriceFacts amountOnly(ScheduledCharge row) {
        if (row.getNegotiatedDollar() != null) {
            return PriceFacts.NONE.withNegotiatedDollar(row.getNegotiatedDollar());
        }
        if (row.getMedianAmount() != null) {
            return PriceFacts.NONE.withAlgorithm(row.getMedianAmount(), row.getPercentile10(), row.getPercentile90());
        }
        if (row.getEstimatedAmount() != null) {
            return PriceFacts.NONE.withAlgorithm(row.getEstimatedAmount(), null, null);
        }
        return null;
    }

    private static boolean caseRate(ScheduledCharge row) {
        return Methodology.CASE_RATE.name().equals(row.getMethodology());
    }

    /**
     * The unmodified price adjusted by the file's modifier rows for the patient's payer and plan: the row for all
     * the line's modifiers together (50 and 62 at 93.75%), else one row per modifier; a modifier the file does
     * not adjust for this plan is left to the calculator.
     */
    private static Found adjusted(Found unmodified, List<ScheduledCharge> adjustments, Set<String> wanted,
                                  String payer, String plan) {
        if (payer == null || plan == null || adjustments.isEmpty()) {
            return unmodified;
        }
        List<ScheduledCharge> planRows = adjustments.stream()
                .filter(row -> row.isModifierAdjustment() && row.getNegotiatedPercentage() != null
                        && same(row.getPayerName(), payer) && same(row.getPlanName(), plan))
                .toList();
        List<ScheduledCharge> applied = new ArrayList<>();
        planRows.stream().filter(row -> modifierSet(row.getModifiers()).equals(wanted)).findFirst()
                .ifPresent(applied::add);
        Set<String> left = new TreeSet<>(wanted);
        if (applied.isEmpty()) {
            for (String modifier : wanted) {
                planRows.stream().filter(row -> modifierSet(row.getModifiers()).equals(Set.of(modifier))).findFirst()
                        .ifPresent(applied::add);
            }
        }
        if (applied.isEmpty()) {
            return unmodified;
        }
        PriceFacts prices = unmodified.prices();
        StringBuilder source = new StringBuilder(unmodified.source());
        for (ScheduledCharge row : applied) {
            left.removeAll(modifierSet(row.getModifiers()));
            prices = scaled(prices, row.getNegotiatedPercentage().movePointLeft(2));
            source.append("; modifier ").append(String.join(",", modifierSet(row.getModifiers()))).append(" at ")
                    .append(row.getNegotiatedPercentage().stripTrailingZeros().toPlainString()).append("% (fee schedule line ")
                    .append(row.getSourceLine()).append(", ").append(row.getPayerName()).append(", ")
                    .append(row.getPlanName()).append(")");
        }
        return new Found(prices, unmodified.description(), unmodified.codeType(), String.join(",", left),
                source.toString(), unmodified.perStay());
    }

    /**
     * Every amount times the modifier's fraction, as the calculator moves the gross charge with the price; a
     * negotiated percentage stays, as it applies to the gross charge that moved.
     */
    private static PriceFacts scaled(PriceFacts prices, BigDecimal fraction) {
        return new PriceFacts(times(prices.grossCharge(), fraction), times(prices.discountedCash(), fraction),
                times(prices.negotiatedDollar(), fraction), prices.negotiatedPercentage(),
                times(prices.algorithmMedian(), fraction), times(prices.algorithm10thPercentile(), fraction),
                times(prices.algorithm90thPercentile(), fraction), times(prices.outOfNetworkAllowed(), fraction),
                prices.methodology(), times(prices.estimatedAmount(), fraction), times(prices.chargeMinimum(), fraction),
                times(prices.chargeMaximum(), fraction));
    }

    private static BigDecimal times(BigDecimal amount, BigDecimal fraction) {
        return amount == null ? null : amount.multiply(fraction);
    }

    /**
     * Why {@link #find} found no price, for the user: the code is missing, or the file prices it only for payers
     * and the patient is self-pay or on another plan.
     */
    static String whyNoPrice(List<ScheduledCharge> rows, String what, String payer, String plan) {
        Set<String> plans = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        boolean general = false;
        for (ScheduledCharge row : rows) {
            if (row.isModifierAdjustment()) {
                continue;
            }
            general |= row.getGrossCharge() != null || row.getDiscountedCash() != null;
            if (row.getPayerName() != null && row.getPlanName() != null) {
                plans.add(row.getPayerName() + " " + row.getPlanName());
            }
        }
        if (rows.isEmpty() || general || plans.isEmpty()) {
            return "has no price for " + what;
        }
        String listed = String.join("; ", plans.stream().limit(MAX_PLANS_NAMED).toList())
                + (plans.size() > MAX_PLANS_NAMED ? " and " + (plans.size() - MAX_PLANS_NAMED) + " more" : "");
        if (payer == null || plan == null) {
            return "gives no gross charge or cash price for " + what + ", only rates negotiated with payers (" + listed
                    + "), so it cannot be priced for a self-pay patient";
        }
        boolean planListed = rows.stream().anyMatch(row -> !row.isModifierAdjustment()
                && same(row.getPayerName(), payer) && same(row.getPlanName(), plan));
        return "gives no gross charge or cash price for " + what + ", only rates negotiated with payers (" + listed
                + "), and " + (planListed ? "the rate of the patient's plan " + payer.strip() + " " + plan.strip()
                + " is a percentage or an algorithm with no dollar amount, median or estimated amount to go by"
                : "none for the patient's plan " + payer.strip() + " " + plan.strip());
    }

    /**
     * The payer row's rate: dollar, percentage (with its methodology, the 2.x file's estimated amount, the
     * median and percentiles and the item's minimum and maximum), the algorithm's median, or a 2.x file's
     * estimated amount.
     */
    private static PriceFacts rated(PriceFacts prices, ScheduledCharge row) {
        if (row.getNegotiatedDollar() != null) {
            return prices.withNegotiatedDollar(row.getNegotiatedDollar());
        }
        if (row.getNegotiatedPercentage() != null) {
            // what the percentage is of, and what the file gives instead where that base is not known
            PriceFacts percentage = prices.withNegotiatedPercentage(row.getNegotiatedPercentage())
                    .withMethodology(methodology(row.getMethodology())).withEstimatedAmount(row.getEstimatedAmount())
                    .withChargeRange(ordered(row) ? row.getMinimum() : null, ordered(row) ? row.getMaximum() : null);
            return row.getMedianAmount() == null ? percentage
                    : percentage.withAlgorithm(row.getMedianAmount(), row.getPercentile10(), row.getPercentile90());
        }
        if (row.getMedianAmount() != null) {
            return prices.withAlgorithm(row.getMedianAmount(), row.getPercentile10(), row.getPercentile90());
        }
        if (row.getEstimatedAmount() != null) {
            return prices.withAlgorithm(row.getEstimatedAmount(), null, null);
        }
        return null;
    }

    /** Whether the row's minimum and maximum can serve as a range (a file may swap them). */
    private static boolean ordered(ScheduledCharge row) {
        return row.getMinimum() == null || row.getMaximum() == null || row.getMinimum().compareTo(row.getMaximum()) <= 0;
    }

    /** The methodology as the import stored it (the constant's name), or null. */
    private static Methodology methodology(String stored) {
        for (Methodology methodology : Methodology.values()) {
            if (methodology.name().equals(stored)) {
                return methodology;
            }
        }
        return null;
    }

    /** Payer and plan names alike without case, spacing or the underscores a wide file's header may put for spaces. */
    static boolean same(String a, String b) {
        return a != null && b != null && nameKey(a).equalsIgnoreCase(nameKey(b));
    }

    private static String nameKey(String name) {
        return WHITESPACE.matcher(name.replace('_', ' ')).replaceAll(" ").strip();
    }

    public static Set<String> modifierSet(String modifiers) {
        if (modifiers == null || modifiers.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(modifiers.split("[,|\\s]+")).filter(m -> !m.isBlank())
                .map(m -> m.toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }
}
