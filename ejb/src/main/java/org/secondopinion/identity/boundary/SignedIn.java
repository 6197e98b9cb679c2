package org.secondopinion.identity.boundary;

import java.util.Set;
import org.secondopinion.platform.entity.Role;

/** A successful sign-in: the normalised user name and the roles it holds. */
public record SignedIn(String username, Set<Role> roles) implements java.io.Serializable {
}
