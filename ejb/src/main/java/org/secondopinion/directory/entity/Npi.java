package org.secondopinion.directory.entity;

import org.secondopinion.platform.entity.RuleViolation;

/** The National Provider Identifier: ten digits, the last a Luhn check digit over the prefix 80840. */
public final class Npi {

    private Npi() {
    }

    /** The NPI as stored (digits only), null when none is given; refuses a malformed one. */
    public static String normalise(String npi) {
        if (npi == null || npi.isBlank()) {
            return null;
        }
        String digits = npi.trim();
        if (!digits.matches("\\d{10}")) {
            throw new RuleViolation("npi", "NPI must be ten digits.");
        }
        if (!valid(digits)) {
            throw new RuleViolation("npi", "NPI " + digits + " fails its check digit.");
        }
        return digits;
    }

    static boolean valid(String tenDigits) {
        // Luhn over "80840" + the first nine digits; the tenth is the check digit
        String payload = "80840" + tenDigits.substring(0, 9);
        int sum = 0;
        boolean twice = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        int check = (10 - sum % 10) % 10;
        return check == tenDigits.charAt(9) - '0';
    }
}
