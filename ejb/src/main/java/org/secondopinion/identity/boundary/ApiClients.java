package org.secondopinion.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.secondopinion.identity.control.PasswordHashing;
import org.secondopinion.identity.entity.ApiClient;
import org.secondopinion.identity.entity.ApiScope;
import org.secondopinion.identity.entity.CacheInvalidation;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * The administration of machine clients of the API (ADMIN only); every change is audited.
 * A secret is made here, returned once and stored only as a PBKDF2 hash. Hashing takes a
 * quarter of a second on purpose, so it happens before the short transaction that writes.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApiClients {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiClientRecords records;

    @Inject
    PasswordHashing hashing;

    @Inject
    ApiTokens tokens;

    @Inject
    CacheInvalidations invalidations;

    @Inject
    LawFirmDirectory firms;

    public List<ApiClient> list() {
        return records.list();
    }

    public ApiClient find(long id) {
        return records.find(id);
    }

    /** Registers a client; the answer holds its secret, which is never shown again. */
    public ClientSecret register(@NotNull @Valid NewApiClient form) {
        Set<String> scopes = ApiScope.grant(form.getScopes(), form.getFirmId());
        if (form.getFirmId() != null && firms.firmName(form.getFirmId()).isEmpty()) {
            throw new RuleViolation("firmId", "No law firm has the id " + form.getFirmId() + ".");
        }
        if (records.byClientId(form.getClientId()).isPresent()) {
            throw new RuleViolation("clientId", "Client id '" + ApiClient.normalise(form.getClientId())
                    + "' is already taken.");
        }
        String secret = newSecret();
        ApiClient client = records.create(form.getClientId(), form.getDisplayName(), scopes,
                hashing.hash(secret.toCharArray()));
        return new ClientSecret(client, secret);
    }

    public ApiClient disable(long id, Long version) {
        ApiClient client = records.activate(id, false, version);
        tokens.forget(client.getClientId());
        invalidations.announce(CacheInvalidation.API_CLIENT, client.getClientId());
        return client;
    }

    public ApiClient enable(long id, Long version) {
        ApiClient client = records.activate(id, true, version);
        tokens.forget(client.getClientId());
        invalidations.announce(CacheInvalidation.API_CLIENT, client.getClientId());
        return client;
    }

    /** A new secret for the client; the old one stops working at once (tokens already issued run out). */
    public ClientSecret rotateSecret(long id, Long version) {
        records.find(id);
        String secret = newSecret();
        ApiClient client = records.changeSecret(id, hashing.hash(secret.toCharArray()), version);
        return new ClientSecret(client, secret);
    }

    /**
     * The scopes a client may be granted, by name; a firm-bound one ({@link ApiScope#firmBound}) is granted
     * with the firm chosen beside it, as {@code <scope>:<firm id>}.
     */
    public List<String> scopes() {
        return knownScopes();
    }

    private static List<String> knownScopes() {
        return Arrays.stream(ApiScope.values()).map(ApiScope::value).toList();
    }

    /** 256 random bits, base64url: typed by no one, so no password rules apply. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
