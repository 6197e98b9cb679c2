package org.secondopinion.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.identity.control.PasswordHashing;
import org.secondopinion.identity.control.PasswordPolicy;
import org.secondopinion.identity.entity.Role;
import org.secondopinion.identity.entity.UserAccount;
import org.secondopinion.platform.entity.RecordNotFound;
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
    PasswordHashing hashing;

    @Inject
    AuditLog audit;

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

    public UserAccount create(@NotNull @Valid NewUserAccount form) {
        String username = UserAccount.normalise(form.username());
        if (!em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultList().isEmpty()) {
            throw new RuleViolation("username", "User name '" + username + "' is already taken.");
        }
        requireAcceptable(form.password(), username);
        UserAccount account = new UserAccount(username, form.fullName(), form.email(),
                hashing.hash(form.password().toCharArray()), form.roles(), Instant.now());
        em.persist(account);
        em.flush();
        audit.record(AuditAction.CREATE, RECORD_TYPE, account.getId(),
                "opened account '" + username + "' with roles " + account.getRoles());
        return account;
    }

    public UserAccount update(long id, @NotNull @Valid UserAccountChange change) {
        UserAccount account = find(id);
        if (account.getVersion() != change.version()) {
            throw new StaleEdit("User account", account.getUsername());
        }
        boolean self = account.getUsername().equals(session.getCallerPrincipal().getName());
        if (self && (!change.roles().contains(Role.ADMIN) || !change.active())) {
            throw new RuleViolation("roles", "You cannot remove your own ADMIN role or deactivate yourself; "
                    + "ask another administrator.");
        }
        List<String> changes = new ArrayList<>();
        if (!account.getFullName().equals(change.fullName().trim())
                || !Objects.equals(account.getEmail(), blankToNull(change.email()))) {
            changes.add("name or e-mail");
        }
        if (!account.getRoles().equals(EnumSet.copyOf(change.roles()))) {
            changes.add("roles " + account.getRoles() + " -> " + change.roles());
        }
        if (account.isActive() != change.active()) {
            changes.add(change.active() ? "reactivated" : "deactivated");
        }
        account.describe(change.fullName(), change.email());
        account.assignRoles(change.roles());
        account.activate(change.active());
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id,
                changes.isEmpty() ? "saved without changes" : String.join("; ", changes));
        return account;
    }

    public void resetPassword(long id, @NotNull String newPassword) {
        UserAccount account = find(id);
        requireAcceptable(newPassword, account.getUsername());
        account.changePasswordHash(hashing.hash(newPassword.toCharArray()));
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "password reset");
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
