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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.identity.control.PasswordHashing;
import org.secondopinion.identity.control.PasswordPolicy;
import org.secondopinion.identity.entity.ApiClient;
import org.secondopinion.identity.entity.UserAccount;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.StaleEdit;

/** The administration of user accounts (ADMIN only); every change is audited. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserAccounts {

    static final String RECORD_TYPE = "UserAccount";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditLog audit;

    @Inject
    AccountRecords records;

    @Resource
    SessionContext session;

    public List<UserAccount> list() {
        return em.createNamedQuery(UserAccount.FIND_ALL, UserAccount.class).getResultList();
    }

    public UserAccount find(long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new RecordNotFound("User account", id);
        }
        return account;
    }

    /**
     * Without a transaction of its own (SUPPORTS: a page or API call has none, so nothing is held while PBKDF2
     * runs; a caller's transaction, as in a test, takes it in): the password is hashed, then the account stored.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public UserAccount create(@NotNull @Valid NewUserAccount form) {
        String username = UserAccount.normalise(form.getUsername());
        if (records.byUsername(username).isPresent()) {
            throw new RuleViolation("username", "User name '" + username + "' is already taken.");
        }
        // an API client's id names it in the audit trail: a person must not share it
        if (!em.createNamedQuery(ApiClient.FIND_BY_CLIENT_ID, ApiClient.class)
                .setParameter("clientId", username).getResultList().isEmpty()) {
            throw new RuleViolation("username", "User name '" + username + "' is the client id of an API client.");
        }
        requireAcceptable(form.getPassword(), username);
        return records.open(new UserAccount(username, form.getFullName(), form.getEmail(),
                hashing.hash(form.getPassword().toCharArray()), form.getRoles(), Instant.now(clock)));
    }

    public UserAccount update(long id, @NotNull @Valid UserAccountChange change) {
        UserAccount account = find(id);
        if (account.getVersion() != change.getVersion()) {
            throw new StaleEdit("User account", account.getUsername());
        }
        boolean self = account.getUsername().equals(session.getCallerPrincipal().getName());
        if (self && (!change.getRoles().contains(Role.ADMIN) || !change.isActive())) {
            throw new RuleViolation("roles", "You cannot remove your own ADMIN role or deactivate yourself; "
                    + "ask another administrator.");
        }
        List<String> changes = new ArrayList<>();
        if (!account.getFullName().equals(change.getFullName().trim())
                || !Objects.equals(account.getEmail(), blankToNull(change.getEmail()))) {
            changes.add("name or e-mail");
        }
        if (!account.getRoles().equals(EnumSet.copyOf(change.getRoles()))) {
            changes.add("roles " + account.getRoles() + " -> " + change.getRoles());
        }
        if (account.isActive() != change.isActive()) {
            changes.add(change.isActive() ? "reactivated" : "deactivated");
        }
        if (!account.getRoles().equals(EnumSet.copyOf(change.getRoles())) || account.isActive() != change.isActive()) {
            // a deactivated account or a changed role set must not sign in from a verified credential
            records.forget(account.getUsername());
        }
        account.describe(change.getFullName(), change.getEmail());
        account.assignRoles(change.getRoles());
        account.activate(change.isActive());
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id,
                changes.isEmpty() ? "saved without changes" : String.join("; ", changes));
        return account;
    }

    /**
     * Without a transaction of its own (as {@link #create}): the new password is hashed, then {@link AccountRecords}
     * stores it (if nobody changed the account meanwhile) and drops the credentials verified with the old one.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void resetPassword(long id, @NotNull String newPassword) {
        UserAccount account = find(id);
        requireAcceptable(newPassword, account.getUsername());
        String hash = hashing.hash(newPassword.toCharArray());
        if (!records.storePasswordHash(id, account.getVersion(), hash, "password reset")) {
            throw new StaleEdit("User account", account.getUsername());
        }
    }

    private static void requireAcceptable(String password, String username) {
        PasswordPolicy.problemWith(password, username).ifPresent(problem -> {
            throw new RuleViolation("password", "Password " + problem + ".");
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
