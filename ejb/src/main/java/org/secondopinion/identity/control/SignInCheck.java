package org.secondopinion.identity.control;

import java.time.Instant;
import org.secondopinion.identity.entity.UserAccount;

/**
 * Decides whether a user name and password sign in. Every attempt costs exactly one
 * PBKDF2 verification of the same cost, whatever the outcome: an unknown name, a
 * deactivated or locked account and an empty password are verified against the decoy
 * hash, so the answer time does not tell which user names exist or which are locked.
 */
public final class SignInCheck {

    /** Why an attempt succeeded or failed; only {@link #VALID} signs in. */
    public enum Outcome {
        EMPTY, UNKNOWN, DEACTIVATED, LOCKED, WRONG_PASSWORD, VALID
    }

    private final PasswordHashing hashing;

    public SignInCheck(PasswordHashing hashing) {
        this.hashing = hashing;
    }

    /**
     * @param account the account of that user name, or {@code null} when there is none
     */
    public Outcome check(UserAccount account, char[] password, Instant now) {
        boolean empty = password == null || password.length == 0;
        Outcome refusal = empty ? Outcome.EMPTY
                : account == null ? Outcome.UNKNOWN
                : !account.isActive() ? Outcome.DEACTIVATED
                : account.isLockedAt(now) ? Outcome.LOCKED
                : null;
        // one verification on every path, against the account's hash only when it may sign in
        String storedHash = refusal == null ? account.getPasswordHash() : hashing.decoy();
        boolean matches = hashing.verify(empty ? new char[] {' '} : password, storedHash);
        if (refusal != null) {
            return refusal;
        }
        return matches ? Outcome.VALID : Outcome.WRONG_PASSWORD;
    }
}
