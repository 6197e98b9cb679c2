package org.secondopinion.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;

/**
 * An administrator's edit of an account, with the version the administrator saw so a
 * concurrent edit is refused instead of overwritten. (A class, not a record: see
 * {@link NewUserAccount}.)
 */
public class UserAccountChange {

    private long version;

    @NotBlank
    @Size(max = 200)
    @PlainText("Full name")
    private String fullName;

    @Email
    @Size(max = 200)
    @PlainText("Email")
    private String email;

    @NotEmpty(message = "must name at least one role")
    private Set<Role> roles;

    private boolean active;

    public UserAccountChange() {
        // for JSON binding
    }

    public UserAccountChange(long version, String fullName, String email, Set<Role> roles, boolean active) {
        this.version = version;
        this.fullName = fullName;
        this.email = email;
        this.roles = roles;
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
