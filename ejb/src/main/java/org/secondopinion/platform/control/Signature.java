package org.secondopinion.platform.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Who signs a document the hospital issues: their name, their credentials as the records hold them, and the day
 * they signed; printed as a signature block with the electronic-signature statement.
 */
public record Signature(String name, String credentials, LocalDate signedOn) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public Signature {
        if (name == null || name.isBlank() || signedOn == null) {
            throw new IllegalArgumentException("A signature names the signer and the day.");
        }
        credentials = credentials == null ? "" : credentials.strip();
    }

    public String day() {
        return DAY.format(signedOn);
    }

    /** "Electronically signed by Dr. Ana Ortiz, Oncology, NPI 1234567893 on 5 December 2026." */
    public String statement() {
        return "Electronically signed by " + name + (credentials.isEmpty() ? "" : ", " + credentials) + " on "
                + day() + ".";
    }
}
