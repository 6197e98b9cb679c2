package org.secondopinion.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.secondopinion.identity.entity.Role;

/**
 * An administrator's edit of an account, with the version the administrator saw so a
 * concurrent edit is refused instead of overwritten.
 */
public record UserAccountChange(
        long version,
        @NotBlank @Size(max = 200) String fullName,
        @Email @Size(max = 200) String email,
        @NotEmpty(message = "must name at least one role") Set<Role> roles,
        boolean active) {
}
