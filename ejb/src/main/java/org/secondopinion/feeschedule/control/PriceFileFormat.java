package org.secondopinion.feeschedule.control;

/** The three layouts of the CMS hospital price transparency file. */
public enum PriceFileFormat {
    /** CSV with one row per item and payer plan ({@code payer_name}, {@code plan_name} columns). */
    TALL_CSV("tall CSV"),
    /** CSV with one row per item and the payer plans in the column headers. */
    WIDE_CSV("wide CSV"),
    JSON("JSON");

    private final String label;

    PriceFileFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
