package org.secondopinion.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashes through the platform's {@link Pbkdf2PasswordHash}
 * (HMAC-SHA512, 210,000 iterations as OWASP recommends, 32-byte salt). The stored
 * form names its own algorithm and iterations, so raising them later still verifies
 * old hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Made on first use rather than at start, which waits for no sign-in; two racing callers both make one. */
    private volatile String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    /**
     * A hash of the same algorithm and cost as every new hash, matching no password anyone
     * types: verifying against it spends the time of a real verification for a user name
     * that does not exist or may not sign in (see {@link SignInCheck}).
     */
    public String decoy() {
        String made = decoy;
        if (made == null) {
            made = pbkdf2.generate("not a real password".toCharArray());
            decoy = made;
        }
        return made;
    }
}
