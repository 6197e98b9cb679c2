package org.secondopinion.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.identity.control.PasswordHashing;
import org.secondopinion.identity.control.SignInCheck;
import org.secondopinion.identity.entity.UserAccount;

/**
 * Checks a user name and password. Every failure is audited and logged with its
 * reason but never the password; five failures in a row lock the account for 15
 * minutes. The caller learns only "valid" or "not valid".
 */
@Stateless
@PermitAll
public class Logins {

    static final String RECORD_TYPE = "UserAccount";
    private static final Logger LOG = Logger.getLogger(Logins.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditLog audit;

    /**
     * @param interactive a person signing in on the login page (audited and remembered as
     *                    the last login), as opposed to an API call carrying credentials
     */
    public Optional<SignedIn> authenticate(String username, char[] password, boolean interactive) {
        String name = UserAccount.normalise(username);
        Instant now = Instant.now(clock);
        UserAccount account = name == null || name.isEmpty() ? null
                : em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                        .setParameter("username", name)
                        .getResultStream().findFirst().orElse(null);
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
                account.signInFailed(now);
                return refuse(name, accountId, account.isLockedAt(now)
                        ? "wrong password; account locked until " + account.getLockedUntil()
                        : "wrong password");
            case VALID:
            default:
                break;
        }
        if (interactive) {
            account.signedIn(now);
            audit.recordAs(name, AuditAction.LOGIN, RECORD_TYPE, account.getId(), AuditOutcome.SUCCESS, "signed in");
        }
        return Optional.of(new SignedIn(name, account.getRoles()));
    }

    public void signedOut(String username) {
        audit.recordAs(UserAccount.normalise(username), AuditAction.LOGOUT, RECORD_TYPE, null,
                AuditOutcome.SUCCESS, "signed out");
    }

    private Optional<SignedIn> refuse(String name, Long accountId, String reason) {
        LOG.warning(() -> "Sign-in refused for user name '" + name + "': " + reason);
        audit.recordAs(name, AuditAction.LOGIN, RECORD_TYPE, accountId, AuditOutcome.FAILURE, reason);
        return Optional.empty();
    }
}
