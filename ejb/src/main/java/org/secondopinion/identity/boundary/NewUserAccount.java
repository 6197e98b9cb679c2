package org.secondopinion.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;

/**
 * What an administrator enters to open an account. A class, not a record: Payara's
 * OpenAPI generator fails on constraints that a record copies onto its constructor.
 */
public class NewUserAccount {

    @NotBlank
    @Size(min = 3, max = 80)
    @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain only letters, digits, dot, dash and underscore")
    @PlainText("User name")
    private String username;

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

    @NotBlank
    @Size(max = 128)
    @PlainText("Password")
    private String password;

    public NewUserAccount() {
        // for JSON binding
    }

    public NewUserAccount(String username, String fullName, String email, Set<Role> roles, String password) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.roles = roles;
        this.password = password;
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

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public String toString() {
        return "NewUserAccount[" + username + "]";
    }
}
