package org.secondopinion.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.secondopinion.identity.entity.Role;

/** What an administrator enters to open an account. */
public record NewUserAccount(
        @NotBlank @Size(min = 3, max = 80)
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain only letters, digits, dot, dash and underscore")
        String username,
        @NotBlank @Size(max = 200) String fullName,
        @Email @Size(max = 200) String email,
        @NotEmpty(message = "must name at least one role") Set<Role> roles,
        @NotBlank @Size(max = 128) String password) {

    @Override
    public String toString() {
        return "NewUserAccount[" + username + "]";
    }
}
