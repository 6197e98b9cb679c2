package org.secondopinion.feeschedule.control;

import org.secondopinion.feeschedule.entity.Methodology;

/**
 * The conditional rules of the CMS template, applied to a draft. Breaking a rule that makes
 * a price unusable or ambiguous rejects the charge; the others (a missing min/max, an
 * estimated amount a 2.x file should carry) only warn, so real files keep their prices.
 */
final class ChargeRules {

    private ChargeRules() {
    }

    /** The item part: a description, at least one code (or a modifier, for a modifier row), the drug unit pair. */
    static void checkItem(ChargeDraft draft) {
        if (draft.description == null) {
            draft.problem(PriceField.DESCRIPTION, "is required");
        }
        if (draft.codes.isEmpty() && !draft.codeProblem && !draft.modifierAdjustment) {
            draft.problem(PriceField.CODE, "is blank; an item needs at least one code with its code type");
        }
        boolean unit = draft.drugUnit != null || draft.invalid(PriceField.DRUG_UNIT);
        boolean type = draft.drugType != null || draft.invalid(PriceField.DRUG_TYPE);
        if (unit && !type) {
            draft.problem(PriceField.DRUG_TYPE, "is blank but the drug unit of measurement is given; they come in pairs");
        } else if (type && !unit) {
            draft.problem(PriceField.DRUG_UNIT, "is blank but the drug type of measurement is given; they come in pairs");
        } else if (!unit && draft.codes.stream().anyMatch(code -> code.type().equals("NDC"))) {
            draft.warning(PriceField.DRUG_UNIT, "is blank for an NDC code; the drug unit and type should be given");
        }
    }

    /** An item's setting is required; a modifier row may leave it blank. */
    static void checkSetting(ChargeDraft draft) {
        if (draft.setting == null && !draft.invalid(PriceField.SETTING) && !draft.modifierAdjustment) {
            draft.problem(PriceField.SETTING, "is required (inpatient, outpatient or both)");
        }
    }

    /** The charge part: what a negotiated charge needs, and that there is some charge at all. */
    static void checkCharge(ChargeDraft draft, TemplateVersion version) {
        if (draft.modifierAdjustment) {
            checkModifier(draft);
            return;
        }
        if (!draft.negotiated()) {
            if (draft.gross == null && draft.discountedCash == null && !draft.invalid(PriceField.GROSS)
                    && !draft.invalid(PriceField.DISCOUNTED_CASH) && !anyNegotiatedInvalid(draft)) {
                draft.problem(PriceField.GROSS, "is blank, and so are the discounted cash price and the negotiated "
                        + "charges; an item needs at least one of them");
            }
            if ((draft.methodology != null || draft.count != null || draft.median != null) && !anyNegotiatedInvalid(draft)) {
                draft.warning(PriceField.METHODOLOGY, "is given without a negotiated charge (dollar, percentage or algorithm)");
            }
            return;
        }
        if (draft.payerName == null) {
            draft.problem(PriceField.PAYER_NAME, "is required for a negotiated charge");
        }
        if (draft.planName == null) {
            draft.problem(PriceField.PLAN_NAME, "is required for a negotiated charge");
        }
        if (draft.methodology == null && !draft.invalid(PriceField.METHODOLOGY)) {
            draft.problem(PriceField.METHODOLOGY, "is required for a negotiated charge");
        }
        if (draft.methodology == Methodology.OTHER && !draft.hasNote()) {
            draft.problem(PriceField.METHODOLOGY, "is \"other\", which needs an explanation in "
                    + draft.name(PriceField.GENERIC_NOTES) + " or " + draft.name(PriceField.PAYER_NOTES));
        }
        boolean percentageOrAlgorithm = draft.negotiatedPercentage != null || draft.negotiatedAlgorithm != null;
        TemplateVersion rules = version != null ? version
                : draft.estimatedAmount != null ? TemplateVersion.V2 : TemplateVersion.V3;
        if (percentageOrAlgorithm && rules == TemplateVersion.V3) {
            checkAllowedAmounts(draft);
        }
        if (percentageOrAlgorithm && rules == TemplateVersion.V2 && draft.estimatedAmount == null
                && !draft.invalid(PriceField.ESTIMATED_AMOUNT)) {
            draft.warning(PriceField.ESTIMATED_AMOUNT, "is blank; a percentage or algorithm should come with "
                    + "an estimated allowed amount (template 2.2)");
        }
        if (draft.negotiatedDollar != null && (draft.minimum == null || draft.maximum == null)) {
            draft.warning(draft.minimum == null ? PriceField.MINIMUM : PriceField.MAXIMUM,
                    "is blank; a negotiated dollar amount should come with the de-identified minimum and maximum");
        }
    }

    /** Version 3: a percentage or algorithm needs the count, and unless it is 0, the median and percentiles. */
    private static void checkAllowedAmounts(ChargeDraft draft) {
        if (draft.count == null) {
            if (!draft.invalid(PriceField.COUNT)) {
                draft.problem(PriceField.COUNT, "is required for a negotiated percentage or algorithm");
            }
            return;
        }
        if (draft.count.isZero()) {
            if (!draft.hasNote()) {
                draft.warning(PriceField.COUNT, "is 0; the notes should say why there are no allowed amounts");
            }
            return;
        }
        requireForCount(draft, PriceField.MEDIAN, draft.median);
        requireForCount(draft, PriceField.PERCENTILE_10, draft.percentile10);
        requireForCount(draft, PriceField.PERCENTILE_90, draft.percentile90);
    }

    private static void requireForCount(ChargeDraft draft, PriceField field, Object value) {
        if (value == null && !draft.invalid(field)) {
            draft.problem(field, "is required for a negotiated percentage or algorithm when the count is not 0");
        }
    }

    /** A modifier row needs a description (checked with the item) and a negotiated charge or a note; a charge needs its payer and plan. */
    private static void checkModifier(ChargeDraft draft) {
        if (!draft.negotiated() && !draft.hasNote() && !anyNegotiatedInvalid(draft)) {
            draft.problem(PriceField.NEGOTIATED_PERCENTAGE, "is blank, and so are the other negotiated charges and the "
                    + "notes; a modifier needs one of them to say how it adjusts a charge");
        }
        if (draft.negotiated()) {
            if (draft.payerName == null) {
                draft.problem(PriceField.PAYER_NAME, "is required for a negotiated charge");
            }
            if (draft.planName == null) {
                draft.problem(PriceField.PLAN_NAME, "is required for a negotiated charge");
            }
        }
    }

    private static boolean anyNegotiatedInvalid(ChargeDraft draft) {
        return draft.invalid(PriceField.NEGOTIATED_DOLLAR) || draft.invalid(PriceField.NEGOTIATED_PERCENTAGE);
    }
}
