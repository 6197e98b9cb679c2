package org.secondopinion.identity.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * What a machine client of the API may be granted. Each scope names the role its calls
 * need at the boundaries; the web layer confines a token to the operations of its scopes,
 * so the role alone never opens more. A scope bound to one law firm (the legal scopes) is
 * written {@code <scope>:<firm id>} in the client's scopes and its token: {@link #firmBound}
 * says which scopes take that suffix, {@link #of(String)} reads either form. The legal wall
 * at the boundaries lets such a client see only its firm's cases, as it does a firm's lawyer.
 */
public enum ApiScope {
    REFERRAL_INTAKE("referral.intake", Role.COORDINATOR, false),
    REFERRAL_STATUS("referral.status", Role.COORDINATOR, false),
    /** FHIR: send referrals in (a transaction Bundle, ServiceRequest, Task, Patient) and cancel the client's own. */
    FHIR_REFERRAL_WRITE("fhir.referral.write", Role.COORDINATOR, false),
    /** FHIR: read and search referrals' Task, ServiceRequest, Patient, DocumentReference, Binary and Observation. */
    FHIR_REFERRAL_READ("fhir.referral.read", Role.COORDINATOR, false),
    /** FHIR: read and search the patients' Coverage. */
    FHIR_COVERAGE_READ("fhir.coverage.read", Role.BILLING, false),
    /** Read the firm's cases: list, case file, deadlines, documents, assignments, opinions and their PDFs. */
    LEGAL_CASES("legal.cases", Role.LEGAL, true),
    /** Upload documents to the firm's cases. */
    LEGAL_DOCUMENTS("legal.documents", Role.LEGAL, true),
    /** Request a review of the firm's case: list candidates and propose a reviewer. */
    LEGAL_REVIEWS("legal.reviews", Role.LEGAL, true);

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
        Optional<ApiScope> scope = named(name);
        if (scope.isEmpty() || scope.get().firmBound != (colon >= 0)) {
            return Optional.empty();
        }
        if (colon >= 0 && !granted.substring(colon + 1).matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return scope;
    }

    /** The scope of this name, without a firm suffix. */
    public static Optional<ApiScope> named(String name) {
        return Arrays.stream(values()).filter(s -> s.value.equals(name)).findFirst();
    }

    /** The firm a granted firm-bound scope names ({@code legal.cases:7} → 7); empty for any other scope. */
    public static Optional<Long> firmOf(String granted) {
        return of(granted).filter(ApiScope::firmBound)
                .map(s -> Long.parseLong(granted.substring(granted.indexOf(':') + 1)));
    }

    /** The one firm a client's granted scopes bind it to; empty when none is firm-bound. */
    public static Optional<Long> boundFirm(Collection<String> granted) {
        return granted.stream().map(ApiScope::firmOf).flatMap(Optional::stream).findFirst();
    }

    /**
     * What is wrong with granting these scopes together, if anything: a scope no one knows, firm-bound scopes
     * naming more than one firm, or firm-bound scopes beside unbound ones. A firm's client acts as that firm's
     * lawyer and nothing else: the referral scopes' role (a coordinator, who sees every firm's cases) must never
     * sit beside it.
     */
    public static Optional<String> problemWith(Collection<String> granted) {
        for (String scope : granted) {
            if (of(scope).isEmpty()) {
                return Optional.of("Unknown scope '" + scope + "'.");
            }
        }
        Set<Long> firms = granted.stream().map(ApiScope::firmOf).flatMap(Optional::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        if (firms.size() > 1) {
            return Optional.of("A client is bound to one law firm; these scopes name firms " + firms + ".");
        }
        if (!firms.isEmpty() && granted.stream().anyMatch(s -> !of(s).orElseThrow().firmBound)) {
            return Optional.of("A law firm's client holds only legal scopes; register another client for "
                    + granted.stream().filter(s -> !of(s).orElseThrow().firmBound).sorted().toList() + ".");
        }
        return Optional.empty();
    }

    /**
     * The scopes to grant for the names an administrator chose and the firm they chose: each firm-bound name is
     * bound to the firm ({@code legal.cases} → {@code legal.cases:7}). A firm-bound name needs a firm, and a firm
     * needs a firm-bound name; the refusal names the field to correct.
     */
    public static Set<String> grant(Collection<String> names, Long firmId) {
        Set<String> granted = new TreeSet<>();
        boolean bound = false;
        for (String name : names) {
            Optional<ApiScope> scope = named(name == null ? "" : name);
            if (scope.isEmpty()) {
                throw new RuleViolation("scopes", "Unknown scope '" + name + "'; the scopes are "
                        + Arrays.stream(values()).map(ApiScope::value).toList() + ".");
            }
            if (scope.get().firmBound) {
                bound = true;
                if (firmId == null) {
                    throw new RuleViolation("firmId", "The scope " + name
                            + " binds the client to one law firm: choose the firm.");
                }
                if (firmId < 1) {
                    throw new RuleViolation("firmId", "No law firm has the id " + firmId + ".");
                }
                granted.add(name + ":" + firmId);
            } else {
                granted.add(name);
            }
        }
        if (!bound && firmId != null) {
            throw new RuleViolation("firmId", "Only the legal scopes bind a client to a firm; choose one, or no firm.");
        }
        problemWith(granted).ifPresent(problem -> {
            throw new RuleViolation("scopes", problem);
        });
        return granted;
    }
}
