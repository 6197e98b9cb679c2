package org.secondopinion.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.identity.control.VerifiedCredentials;
import org.secondopinion.identity.entity.CacheInvalidation;
import org.secondopinion.identity.entity.UserAccount;

/**
 * The short transactions around a password check: {@link Logins} and the password changes read the account and run
 * PBKDF2 outside any transaction, then write what came of it here (the failed-attempt count, the last sign-in, a
 * new hash) together with its audit entry. Only the identity boundaries call it.
 */
@Stateless
@PermitAll
public class AccountRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    VerifiedCredentials credentials;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    CacheInvalidations invalidations;

    /** The account of a normalised user name, read without a transaction (the entity comes back detached). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<UserAccount> byUsername(String username) {
        if (username == null || username.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** A new account, its password hashed already; audited as opened by the caller. */
    public UserAccount open(UserAccount account) {
        em.persist(account);
        em.flush();
        audit.record(AuditAction.CREATE, UserAccounts.RECORD_TYPE, account.getId(),
                "opened account '" + account.getUsername() + "' with roles " + account.getRoles());
        return account;
    }

    /** A refused sign-in, audited with its reason. */
    public void refused(String username, Long accountId, String reason) {
        audit.recordAs(username, AuditAction.LOGIN, Logins.RECORD_TYPE, accountId, AuditOutcome.FAILURE, reason);
    }

    /**
     * A wrong password: counts the failure (the fifth in a row locks the account, which also drops its verified
     * credentials) and audits it. Answers the reason as audited.
     */
    public String wrongPassword(String username, long accountId) {
        Instant now = Instant.now(clock);
        UserAccount account = em.find(UserAccount.class, accountId);
        account.signInFailed(now);
        String reason = account.isLockedAt(now)
                ? "wrong password; account locked until " + account.getLockedUntil()
                : "wrong password";
        if (account.isLockedAt(now)) {
            forget(username);
        }
        refused(username, accountId, reason);
        return reason;
    }

    /** A person signed out. */
    public void signedOut(String username) {
        audit.recordAs(username, AuditAction.LOGOUT, Logins.RECORD_TYPE, null, AuditOutcome.SUCCESS, "signed out");
    }

    /** A person signed in on the login page: the failure count starts again, the sign-in is audited. */
    public void signedIn(String username, long accountId) {
        em.find(UserAccount.class, accountId).signedIn(Instant.now(clock));
        audit.recordAs(username, AuditAction.LOGIN, Logins.RECORD_TYPE, accountId, AuditOutcome.SUCCESS,
                "signed in");
    }

    /**
     * Stores a password hash made outside the transaction, if the account is still at the version read before
     * hashing; audited with {@code detail}. Answers false when someone changed the account meanwhile.
     */
    public boolean storePasswordHash(long accountId, long version, String passwordHash, String detail) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || account.getVersion() != version) {
            return false;
        }
        account.changePasswordHash(passwordHash);
        forget(account.getUsername());
        audit.record(AuditAction.UPDATE, Logins.RECORD_TYPE, accountId, detail);
        return true;
    }

    /**
     * Drops a user's verified credentials now and again when the current transaction ends, so that a check that
     * read the account before this change cannot put the old credential back; and announces it in the same
     * transaction, so that the other nodes of a cluster drop them too once the change committed.
     */
    public void forget(String username) {
        credentials.forget(username);
        invalidations.announce(CacheInvalidation.CREDENTIALS, username);
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    credentials.forget(username);
                }
            });
        }
    }
}
