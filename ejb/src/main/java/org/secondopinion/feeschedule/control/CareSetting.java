package org.secondopinion.feeschedule.control;

import java.util.Locale;

/** Where a standard charge applies. */
public enum CareSetting {
    INPATIENT,
    OUTPATIENT,
    BOTH;

    /** The setting as the file writes it (any case), or null when it is none of the three. */
    static CareSetting of(String written) {
        return switch (written.strip().toLowerCase(Locale.ROOT)) {
            case "inpatient" -> INPATIENT;
            case "outpatient" -> OUTPATIENT;
            case "both" -> BOTH;
            default -> null;
        };
    }
}
