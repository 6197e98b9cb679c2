package org.secondopinion.billing.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
        List<ScheduledCharge> candidates = rows.stream()
                .filter(row -> !row.isModifierAdjustment() && modifierSet(row.getModifiers()).equals(wanted)).toList();
        String left = "";
        if (candidates.isEmpty() || wanted.isEmpty()) {
            candidates = rows.stream()
                    .filter(row -> !row.isModifierAdjustment() && modifierSet(row.getModifiers()).isEmpty()).toList();
            left = String.join(",", wanted);
        }
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
            if (negotiated != null) {
                if (negotiated.getNegotiatedDollar() != null) {
                    prices = prices.withNegotiatedDollar(negotiated.getNegotiatedDollar());
                } else if (negotiated.getNegotiatedPercentage() != null) {
                    prices = prices.withNegotiatedPercentage(negotiated.getNegotiatedPercentage());
                } else if (negotiated.getMedianAmount() != null) {
                    prices = prices.withAlgorithm(negotiated.getMedianAmount(), negotiated.getPercentile10(),
                            negotiated.getPercentile90());
                }
                source = "fee schedule line " + negotiated.getSourceLine() + " (" + negotiated.getPayerName() + ", "
                        + negotiated.getPlanName() + ")";
            } else {
                source += " (no negotiated rate for " + payer + ", " + plan + ")";
            }
        }
        return new Found(prices, base.getDescription(), base.getCodeType(), left, source);
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
