package org.secondopinion.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondopinion.identity.control.SignInCheck.Outcome;
import org.secondopinion.identity.entity.UserAccount;
import org.secondopinion.platform.entity.Role;

/**
 * Lock-out timing: every sign-in attempt, whatever its outcome, runs exactly one PBKDF2
 * verification, against a hash of the same algorithm and iteration count. The hash work is
 * counted through the platform's {@link Pbkdf2PasswordHash}, not timed.
 */
class SignInCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    private CountingPbkdf2 pbkdf2;
    private PasswordHashing hashing;
    private SignInCheck check;

    @BeforeEach
    void setUp() {
        pbkdf2 = new CountingPbkdf2();
        hashing = new PasswordHashing();
        hashing.pbkdf2 = pbkdf2;
        hashing.configure();
        check = new SignInCheck(hashing);
    }

    @ParameterizedTest(name = "{0}: one verification of the same cost")
    @EnumSource(Outcome.class)
    void everyOutcomeCostsExactlyOneVerificationOfTheSameCost(Outcome expected) {
        UserAccount account = new UserAccount("jane", "Jane Roe", null, hashing.hash(PASSWORD),
                EnumSet.of(Role.BILLING), NOW);
        String accountHash = account.getPasswordHash();
        char[] typed = PASSWORD;
        switch (expected) {
            case EMPTY -> typed = new char[0];
            case UNKNOWN -> account = null;
            case DEACTIVATED -> account.activate(false);
            case LOCKED -> lock(account);
            case WRONG_PASSWORD -> typed = "wrong".toCharArray();
            case VALID -> { }
        }
        pbkdf2.verified.clear();

        assertThat(check.check(account, typed, NOW)).isEqualTo(expected);

        assertThat(pbkdf2.verified).as("PBKDF2 verifications").hasSize(1);
        String against = pbkdf2.verified.get(0);
        assertThat(iterations(against)).isEqualTo(iterations(accountHash)).isEqualTo("210000");
        assertThat(algorithm(against)).isEqualTo(algorithm(accountHash)).isEqualTo("PBKDF2WithHmacSHA512");
        if (expected == Outcome.VALID || expected == Outcome.WRONG_PASSWORD) {
            assertThat(against).isEqualTo(accountHash);
        } else {
            assertThat(against).as("a name that may not sign in is verified against the decoy")
                    .isEqualTo(hashing.decoy());
        }
    }

    @Test
    void aLockedAccountIsRefusedEvenWithTheRightPassword() {
        UserAccount account = new UserAccount("jane", "Jane Roe", null, hashing.hash(PASSWORD),
                EnumSet.of(Role.BILLING), NOW);
        lock(account);
        assertThat(check.check(account, PASSWORD, NOW)).isEqualTo(Outcome.LOCKED);
        assertThat(check.check(account, PASSWORD, NOW.plus(UserAccount.LOCKOUT).plusSeconds(1)))
                .isEqualTo(Outcome.VALID);
    }

    @Test
    void theDecoyMatchesNoPasswordAndIsMadeLikeEveryOtherHash() {
        assertThat(pbkdf2.parameters).isEqualTo(PasswordHashing.PARAMETERS);
        assertThat(check.check(null, "not a real password".toCharArray(), NOW)).isEqualTo(Outcome.UNKNOWN);
    }

    private static void lock(UserAccount account) {
        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            account.signInFailed(NOW);
        }
    }

    private static String algorithm(String hash) {
        return hash.split(":")[0];
    }

    private static String iterations(String hash) {
        return hash.split(":")[1];
    }

    /**
     * Stands in for the platform's PBKDF2 (which lives in the application server), keeping
     * its stored form "algorithm:iterations:salt:hash" and counting every verification.
     */
    private static final class CountingPbkdf2 implements Pbkdf2PasswordHash {

        final List<String> verified = new ArrayList<>();
        Map<String, String> parameters = Map.of();
        private int generated;

        @Override
        public void initialize(Map<String, String> parameters) {
            this.parameters = Map.copyOf(parameters);
        }

        @Override
        public String generate(char[] password) {
            generated++;
            return parameters.get("Pbkdf2PasswordHash.Algorithm") + ":"
                    + parameters.get("Pbkdf2PasswordHash.Iterations") + ":salt" + generated + ":" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            verified.add(hashedPassword);
            return hashedPassword.endsWith(":" + new String(password));
        }
    }
}
