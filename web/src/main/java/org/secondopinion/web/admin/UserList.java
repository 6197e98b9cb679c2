package org.secondopinion.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.secondopinion.identity.boundary.NewUserAccount;
import org.secondopinion.identity.boundary.UserAccountChange;
import org.secondopinion.identity.boundary.UserAccounts;
import org.secondopinion.identity.entity.UserAccount;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.web.shell.PageMessages;

/** {@code admin/users.xhtml}: the accounts, opening one, editing one, resetting a password. */
@Named
@ViewScoped
public class UserList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAccounts userAccounts;

    @Inject
    PageMessages messages;

    private List<UserAccount> accounts;
    private AccountForm form = new AccountForm();

    @PostConstruct
    void load() {
        accounts = userAccounts.list();
    }

    public void startNew() {
        form = new AccountForm();
    }

    public void startEdit(UserAccount account) {
        form = new AccountForm();
        form.id = account.getId();
        form.version = account.getVersion();
        form.username = account.getUsername();
        form.fullName = account.getFullName();
        form.email = account.getEmail();
        form.roles = account.getRoles().toArray(Role[]::new);
        form.active = account.isActive();
    }

    public void save() {
        Set<Role> roles = form.roles == null || form.roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(form.roles));
        if (form.id == null) {
            userAccounts.create(new NewUserAccount(form.username, form.fullName, form.email, roles, form.password));
            messages.info("users.created", form.username);
        } else {
            userAccounts.update(form.id, new UserAccountChange(form.version, form.fullName, form.email, roles, form.active));
            if (form.password != null && !form.password.isBlank()) {
                userAccounts.resetPassword(form.id, form.password);
            }
            messages.info("users.saved", form.username);
        }
        PrimeFaces.current().executeScript("PF('accountDialog').hide()");
        load();
    }

    public List<UserAccount> getAccounts() {
        return accounts;
    }

    public AccountForm getForm() {
        return form;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    /** The dialog's fields. */
    public static class AccountForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private long version;
        private String username;
        private String fullName;
        private String email;
        private Role[] roles = new Role[0];
        private boolean active = true;
        private String password;

        public boolean isNew() {
            return id == null;
        }

        public Long getId() {
            return id;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public Role[] getRoles() {
            return roles;
        }

        public void setRoles(Role[] roles) {
            this.roles = roles;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }
}
