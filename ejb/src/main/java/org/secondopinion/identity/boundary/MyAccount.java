package org.secondopinion.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.secondopinion.identity.control.PasswordHashing;
import org.secondopinion.identity.control.PasswordPolicy;
import org.secondopinion.identity.entity.UserAccount;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.StaleEdit;

/** The signed-in user's own account: who they are, and changing their password. */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SPECIALIST, Role.Names.BILLING, Role.Names.LEGAL, Role.Names.ADMIN})
public class MyAccount {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    AccountRecords records;

    @Resource
    SessionContext session;

    public UserAccount current() {
        String username = session.getCallerPrincipal().getName();
        return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("User account", username));
    }

    /**
     * Without a transaction of its own (SUPPORTS: a page or API call has none, so nothing is held while PBKDF2 runs;
     * a caller's transaction, as in a test, takes it in): the current password is verified and the new one hashed,
     * then {@link AccountRecords} stores the hash (if nobody changed the account meanwhile) and drops the
     * credentials verified with the old one.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void changePassword(@NotNull String currentPassword, @NotNull String newPassword) {
        UserAccount account = current();
        if (!hashing.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw new RuleViolation("currentPassword", "The current password is not correct.");
        }
        PasswordPolicy.problemWith(newPassword, account.getUsername()).ifPresent(problem -> {
            throw new RuleViolation("newPassword", "The new password " + problem + ".");
        });
        String hash = hashing.hash(newPassword.toCharArray());
        if (!records.storePasswordHash(account.getId(), account.getVersion(), hash, "changed own password")) {
            throw new StaleEdit("User account", account.getUsername());
        }
    }
}
