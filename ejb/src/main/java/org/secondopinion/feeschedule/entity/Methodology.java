package org.secondopinion.feeschedule.entity;

/** How a payer-specific negotiated charge was established (the file's standard_charge|methodology). */
public enum Methodology {
    CASE_RATE("case rate"),
    FEE_SCHEDULE("fee schedule"),
    PERCENT_OF_TOTAL_BILLED_CHARGES("percent of total billed charges"),
    PER_DIEM("per diem"),
    OTHER("other");

    private final String label;

    Methodology(String label) {
        this.label = label;
    }

    /** The value as the CMS template writes it. */
    public String label() {
        return label;
    }

    /** The methodology of a label in lower case with single spaces, or null when it is none of the five. */
    public static Methodology of(String label) {
        for (Methodology methodology : values()) {
            if (methodology.label.equals(label)) {
                return methodology;
            }
        }
        return null;
    }
}
