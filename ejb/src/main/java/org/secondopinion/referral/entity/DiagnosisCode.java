package org.secondopinion.referral.entity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.secondopinion.platform.entity.RuleViolation;

/** ICD-10-CM codes: a letter, two characters, then up to four after the dot (e.g. C50.911). */
public final class DiagnosisCode {

    private static final Pattern ICD10CM = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    private DiagnosisCode() {
    }

    /** The code in its usual form (upper case, with the dot after the third character); refuses a malformed one. */
    public static String normalise(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation(field, "ICD-10-CM code is required.");
        }
        String compact = code.trim().toUpperCase(Locale.ROOT).replace(".", "");
        String dotted = compact.length() > 3 ? compact.substring(0, 3) + "." + compact.substring(3) : compact;
        if (!ICD10CM.matcher(dotted).matches()) {
            throw new RuleViolation(field, "'" + code.trim() + "' is not an ICD-10-CM code (for example C50.911).");
        }
        return dotted;
    }
}
