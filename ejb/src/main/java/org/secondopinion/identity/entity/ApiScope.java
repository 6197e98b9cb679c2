package org.secondopinion.identity.entity;

import java.util.Arrays;
import java.util.Optional;
import org.secondopinion.platform.entity.Role;

/**
 * What a machine client of the API may be granted. Each scope names the role its calls
 * need at the boundaries; the web layer confines a token to the operations of its scopes,
 * so the role alone never opens more. A scope bound to one firm (a legal scope, later) is
 * written {@code <scope>:<firm id>} in the client's scopes and its token: {@link #firmBound}
 * says which scopes take that suffix, {@link #of(String)} reads either form.
 */
public enum ApiScope {
    REFERRAL_INTAKE("referral.intake", Role.COORDINATOR, false),
    REFERRAL_STATUS("referral.status", Role.COORDINATOR, false);

    private final String value;
    private final Role role;
    private final boolean firmBound;

    ApiScope(String value, Role role, boolean firmBound) {
        this.value = value;
        this.role = role;
        this.firmBound = firmBound;
    }

    /** The scope as OAuth clients write it. */
    public String value() {
        return value;
    }

    /** The least-privileged role whose boundaries serve this scope's operations. */
    public Role role() {
        return role;
    }

    public boolean firmBound() {
        return firmBound;
    }

    /**
     * The scope a granted scope string names: {@code referral.intake}, or for a firm-bound
     * scope {@code <scope>:<firm id>}; empty for anything else.
     */
    public static Optional<ApiScope> of(String granted) {
        if (granted == null) {
            return Optional.empty();
        }
        int colon = granted.indexOf(':');
        String name = colon < 0 ? granted : granted.substring(0, colon);
        Optional<ApiScope> scope = Arrays.stream(values()).filter(s -> s.value.equals(name)).findFirst();
        if (scope.isEmpty() || scope.get().firmBound != (colon >= 0)) {
            return Optional.empty();
        }
        if (colon >= 0 && !granted.substring(colon + 1).matches("[1-9][0-9]{0,18}")) {
            return Optional.empty();
        }
        return scope;
    }
}
