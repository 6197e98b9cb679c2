package org.secondopinion.estimate.entity;

/** The kinds of service a plan sets cost sharing for. */
public enum ServiceCategory {
    OFFICE_VISIT("office visit"),
    SECOND_OPINION("second opinion"),
    RECORD_REVIEW("record review"),
    IMAGING("imaging"),
    PATHOLOGY("pathology"),
    SURGERY("surgery"),
    ANESTHESIA("anesthesia"),
    DRUG_THERAPY("drug therapy"),
    RADIATION("radiation"),
    MONITORING("monitoring"),
    FACILITY("facility"),
    OTHER("other services");

    private final String label;

    ServiceCategory(String label) {
        this.label = label;
    }

    /** Lower-case words for the explanation ("second opinion"). */
    public String label() {
        return label;
    }
}
