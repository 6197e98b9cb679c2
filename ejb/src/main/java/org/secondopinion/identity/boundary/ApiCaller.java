package org.secondopinion.identity.boundary;

import java.util.EnumSet;
import java.util.Set;
import org.secondopinion.identity.entity.ApiScope;
import org.secondopinion.platform.entity.Role;

/** A machine client as a valid access token names it: its client id and the scopes granted. */
public record ApiCaller(String clientId, Set<String> scopes) {

    public ApiCaller {
        scopes = Set.copyOf(scopes);
    }

    /** The roles the scopes' operations need at the boundaries (what the scopes allow is narrower). */
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        scopes.forEach(scope -> ApiScope.of(scope).ifPresent(s -> roles.add(s.role())));
        return roles;
    }

    public boolean holds(ApiScope scope) {
        return scopes.stream().anyMatch(granted -> ApiScope.of(granted).filter(scope::equals).isPresent());
    }
}
