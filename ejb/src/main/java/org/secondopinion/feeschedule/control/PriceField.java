package org.secondopinion.feeschedule.control;

import java.util.HashMap;
import java.util.Map;

/**
 * The data elements of a standard charge, with their names in the tall CSV headers and in
 * the JSON. Wide CSV headers add the payer and plan to the payer-specific ones.
 */
enum PriceField {
    DESCRIPTION("description", "description", false),
    CODE("code|1", "code_information", false),
    SETTING("setting", "setting", false),
    DRUG_UNIT("drug_unit_of_measurement", "drug_information.unit", false),
    DRUG_TYPE("drug_type_of_measurement", "drug_information.type", false),
    GROSS("standard_charge|gross", "gross_charge", false),
    DISCOUNTED_CASH("standard_charge|discounted_cash", "discounted_cash", false),
    MINIMUM("standard_charge|min", "minimum", false),
    MAXIMUM("standard_charge|max", "maximum", false),
    MODIFIERS("modifiers", "modifier_code", false),
    GENERIC_NOTES("additional_generic_notes", "additional_generic_notes", false),
    BILLING_CLASS("billing_class", "billing_class", false),
    PAYER_NAME("payer_name", "payer_name", true),
    PLAN_NAME("plan_name", "plan_name", true),
    NEGOTIATED_DOLLAR("standard_charge|negotiated_dollar", "standard_charge_dollar", true),
    NEGOTIATED_PERCENTAGE("standard_charge|negotiated_percentage", "standard_charge_percentage", true),
    NEGOTIATED_ALGORITHM("standard_charge|negotiated_algorithm", "standard_charge_algorithm", true),
    ESTIMATED_AMOUNT("estimated_amount", "estimated_amount", true),
    MEDIAN("median_amount", "median_amount", true),
    PERCENTILE_10("10th_percentile", "10th_percentile", true),
    PERCENTILE_90("90th_percentile", "90th_percentile", true),
    COUNT("count", "count", true),
    METHODOLOGY("standard_charge|methodology", "methodology", true),
    PAYER_NOTES("additional_payer_notes", "additional_payer_notes", true);

    private static final Map<String, PriceField> BY_TALL_NAME = new HashMap<>();

    static {
        for (PriceField field : values()) {
            if (field != CODE) {
                BY_TALL_NAME.put(field.tallName, field);
            }
        }
    }

    private final String tallName;
    private final String jsonName;
    private final boolean payerSpecific;

    PriceField(String tallName, String jsonName, boolean payerSpecific) {
        this.tallName = tallName;
        this.jsonName = jsonName;
        this.payerSpecific = payerSpecific;
    }

    String tallName() {
        return tallName;
    }

    String jsonName() {
        return jsonName;
    }

    /** Whether a wide CSV repeats the field per payer and plan (payer and plan names themselves go into the header). */
    boolean payerSpecific() {
        return payerSpecific;
    }

    /** The field a normalised tall header names, or null. */
    static PriceField ofTallName(String headerName) {
        return BY_TALL_NAME.get(headerName);
    }

    /**
     * The field a wide payer-specific header names, given its normalised parts: the first
     * part and, for standard_charge|payer|plan|kind, the last. Null when it names none.
     */
    static PriceField ofWideParts(String[] parts) {
        if (parts.length == 4 && parts[0].equals("standard_charge")) {
            return switch (parts[3]) {
                case "negotiated_dollar" -> NEGOTIATED_DOLLAR;
                case "negotiated_percentage" -> NEGOTIATED_PERCENTAGE;
                case "negotiated_algorithm" -> NEGOTIATED_ALGORITHM;
                case "methodology" -> METHODOLOGY;
                default -> null;
            };
        }
        if (parts.length == 3) {
            return switch (parts[0]) {
                case "median_amount" -> MEDIAN;
                case "10th_percentile" -> PERCENTILE_10;
                case "90th_percentile" -> PERCENTILE_90;
                case "count" -> COUNT;
                case "additional_payer_notes" -> PAYER_NOTES;
                case "estimated_amount" -> ESTIMATED_AMOUNT;
                default -> null;
            };
        }
        return null;
    }
}
