package org.secondopinion.identity.control;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be (NIST SP 800-63B: length over composition rules): at least
 * 12 characters, at most 128, not containing the user name, not one of the passwords
 * everyone tries first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final java.util.Set<String> COMMON = java.util.Set.of(
            "password1234", "123456789012", "qwertyuiopas", "letmein12345", "passwordpassword",
            "welcome12345", "administrator", "changeme1234", "iloveyou1234", "hospital1234");

    private PasswordPolicy() {
    }

    /** @return why the password is refused, or empty when it is acceptable */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the user name");
        }
        if (COMMON.contains(lower) || password.chars().distinct().count() < 4) {
            return Optional.of("is too easy to guess");
        }
        return Optional.empty();
    }
}
