package org.secondopinion.billing.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.secondopinion.billing.control.Methodology;
import org.secondopinion.billing.control.PriceFacts;
import org.secondopinion.billing.entity.ScheduledCharge;

/**
 * Finds a line's prices among a fee schedule's charges for its code: the row for the line's modifiers when the
 * file prices them (an outside read with 26, say), otherwise the row without modifiers, whose price the
 * calculator then adjusts. Gross and cash prices come from the first such row that has them; the negotiated
 * rate from the row of the patient's payer and plan (names compared without case).
 */
final class PriceLookup {

    /**
     * @param prices            what was found
     * @param modifiersLeft     the modifiers the calculator must still apply (none when the file priced them)
     * @param source            where the prices came from, for the explanation
     */
    record Found(PriceFacts prices, String description, String codeType, String modifiersLeft, String source) {
    }

    private PriceLookup() {
    }

    /** @return null when no row of the code has a price */
    static Found find(List<ScheduledCharge> rows, String modifiers, String payer, String plan) {
        Set<String> wanted = modifierSet(modifiers);
        if (!wanted.isEmpty()) {
            Found modified = find(rows, wanted, payer, plan, "");
            if (modified != null) {
                return modified;
            }
        }
        return find(rows, Set.of(), payer, plan, String.join(",", wanted));
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
            return null;
        }
        PriceFacts prices = PriceFacts.NONE.withGrossCharge(base.getGrossCharge())
                .withDiscountedCash(base.getDiscountedCash());
        String source = "fee schedule line " + base.getSourceLine();
        if (payer != null && plan != null) {
            ScheduledCharge negotiated = candidates.stream()
                    .filter(row -> same(row.getPayerName(), payer) && same(row.getPlanName(), plan)).findFirst()
                    .orElse(null);
            PriceFacts rated = negotiated == null ? null : rated(prices, negotiated);
            if (rated != null) {
                prices = rated;
                source = "fee schedule line " + negotiated.getSourceLine() + " (" + negotiated.getPayerName() + ", "
                        + negotiated.getPlanName() + ")";
            } else {
                source += " (no negotiated rate for " + payer + ", " + plan + ")";
            }
        }
        return new Found(prices, base.getDescription(), base.getCodeType(), left, source);
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

    private static boolean same(String a, String b) {
        return a != null && a.strip().equalsIgnoreCase(b.strip());
    }

    static Set<String> modifierSet(String modifiers) {
        if (modifiers == null || modifiers.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(modifiers.split("[,|\\s]+")).filter(m -> !m.isBlank())
                .map(m -> m.toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }
}
