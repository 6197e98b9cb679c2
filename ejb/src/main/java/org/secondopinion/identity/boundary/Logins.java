package org.secondopinion.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.secondopinion.identity.control.PasswordHashing;
import org.secondopinion.identity.control.SignInCheck;
import org.secondopinion.identity.control.VerifiedCredentials;
import org.secondopinion.identity.entity.UserAccount;

/**
 * Checks a user name and password. Every failure is audited and logged with its
 * reason but never the password; five failures in a row lock the account for 15
 * minutes. The caller learns only "valid" or "not valid".
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Logins {

    static final String RECORD_TYPE = "UserAccount";
    private static final Logger LOG = Logger.getLogger(Logins.class.getName());

    @Inject
    Clock clock;

    @Inject
    PasswordHashing hashing;

    @Inject
    AccountRecords records;

    @Inject
    VerifiedCredentials credentials;

    /**
     * Runs without a transaction of its own (the authentication mechanism has none): the account is read on its
     * own, PBKDF2 runs with no transaction and no lock held, and what came of it is written in a short transaction of {@link AccountRecords}. An API call whose user
     * name and password were verified in the last few minutes is answered from {@link VerifiedCredentials} without
     * reading the database or hashing; a person on the login page is always checked in full.
     *
     * @param interactive a person signing in on the login page (audited and remembered as
     *                    the last login), as opposed to an API call carrying credentials
     */
    public Optional<SignedIn> authenticate(String username, char[] password, boolean interactive) {
        String name = UserAccount.normalise(username);
        if (!interactive) {
            Optional<SignedIn> verified = credentials.find(name, password, SignedIn.class);
            if (verified.isPresent()) {
                return verified;
            }
        }
        long ticket = credentials.ticket();
        Instant now = Instant.now(clock);
        UserAccount account = records.byUsername(name).orElse(null);
        // the same PBKDF2 work on every path, so the time taken does not tell which names exist
        SignInCheck.Outcome outcome = new SignInCheck(hashing).check(account, password, now);
        Long accountId = account == null ? null : account.getId();
        switch (outcome) {
            case EMPTY:
                return refuse(name, null, "user name or password empty");
            case UNKNOWN:
                return refuse(name, null, name == null || name.isEmpty() ? "user name or password empty" : "unknown user name");
            case DEACTIVATED:
                return refuse(name, accountId, "account deactivated");
            case LOCKED:
                return refuse(name, accountId, "account locked after repeated failures until " + account.getLockedUntil());
            case WRONG_PASSWORD:
                String reason = records.wrongPassword(name, accountId);
                LOG.warning(() -> "Sign-in refused for user name '" + name + "': " + reason);
                return Optional.empty();
            case VALID:
            default:
                break;
        }
        if (interactive) {
            records.signedIn(name, accountId);
        }
        SignedIn signedIn = new SignedIn(name, account.getRoles());
        credentials.remember(name, password, signedIn, ticket);
        return Optional.of(signedIn);
    }

    public void signedOut(String username) {
        records.signedOut(UserAccount.normalise(username));
    }

    private Optional<SignedIn> refuse(String name, Long accountId, String reason) {
        LOG.warning(() -> "Sign-in refused for user name '" + name + "': " + reason);
        records.refused(name, accountId, reason);
        return Optional.empty();
    }
}
