package org.secondopinion.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.identity.control.AccessTokens;
import org.secondopinion.identity.control.PasswordHashing;
import org.secondopinion.identity.entity.ApiClient;

/**
 * OAuth 2.0 client credentials for machine clients: {@link #grant} checks a client's secret
 * and issues a signed access token; {@link #verify} accepts one on each API call. The secret is
 * verified outside any transaction (PBKDF2 takes a quarter of a second); the client is read
 * before and the audit entry written after, each in a short transaction of its own. Whether a
 * client is still active is remembered for a minute; a disabled client's tokens stop working at once on the node
 * where it was disabled, within about a second on the others ({@link CacheInvalidations}), and within the minute
 * even if that word is lost.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class ApiTokens {

    public static final String CLIENT_CREDENTIALS = "client_credentials";
    static final Duration ACTIVE_CHECK = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

    @Inject
    ApiClientRecords records;

    @Inject
    TokenSigningKeys keys;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "secondopinion.token.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "secondopinion.token.issuer", defaultValue = "second-opinion")
    String issuer;

    private AccessTokens tokens;
    private final Map<String, Checked> activity = new ConcurrentHashMap<>();

    private record Checked(boolean active, Instant at) {
    }

    @PostConstruct
    void loadKey() {
        byte[] key;
        if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
            key = Base64.getDecoder().decode(configuredKey.get().trim());
            LOG.info("Access tokens are signed with the key of secondopinion.token.key.");
        } else {
            key = Base64.getDecoder().decode(storedKey());
        }
        tokens = new AccessTokens(key, issuer, clock);
    }

    private String storedKey() {
        Optional<String> stored = keys.stored();
        if (stored.isPresent()) {
            return stored.get();
        }
        try {
            keys.storeIfAbsent(Base64.getEncoder().encodeToString(AccessTokens.newKey()));
            LOG.info("Made the key that signs access tokens and stored it in the database.");
        } catch (EJBException anotherNodeWasFirst) {
            LOG.info("Another node stored the token key first; using it.");
        }
        return keys.stored().orElseThrow(() -> new IllegalStateException("no token key could be stored"));
    }

    /**
     * An access token for a client that proves itself with its secret.
     *
     * @throws TokenRefused with the RFC 6749 error to answer
     */
    public AccessTokens.Issued grant(String clientId, char[] secret, String grantType, String scope) {
        if (grantType == null || grantType.isBlank()) {
            throw new TokenRefused(TokenRefused.INVALID_REQUEST, "grant_type is required.");
        }
        if (!CLIENT_CREDENTIALS.equals(grantType)) {
            throw new TokenRefused(TokenRefused.UNSUPPORTED_GRANT_TYPE, "Only client_credentials is supported.");
        }
        Optional<ApiClient> client = records.byClientId(clientId);
        // the same PBKDF2 work for an unknown client, so the time taken does not tell which ids exist
        boolean secretMatches = hashing.verify(secret, client.map(ApiClient::getSecretHash).orElse(hashing.decoy()))
                && client.isPresent();
        Long recordId = client.map(ApiClient::getId).orElse(null);
        if (!secretMatches || !client.get().isActive()) {
            String reason = client.isEmpty() ? "unknown client id" : !secretMatches ? "wrong secret" : "client disabled";
            LOG.warning(() -> "Token refused for client '" + clientId + "': " + reason);
            records.audit(clientId, recordId, AuditOutcome.FAILURE, "token refused: " + reason);
            throw new TokenRefused(TokenRefused.INVALID_CLIENT, "Client authentication failed.");
        }
        Set<String> granted;
        try {
            granted = AccessTokens.grantedScopes(scope, client.get().getScopes());
        } catch (IllegalArgumentException notItsOwn) {
            records.audit(client.get().getClientId(), recordId, AuditOutcome.FAILURE, "token refused: "
                    + notItsOwn.getMessage());
            throw new TokenRefused(TokenRefused.INVALID_SCOPE, "The scope asked for is not granted to this client.");
        }
        AccessTokens.Issued issued = tokens.issue(client.get().getClientId(), granted);
        activity.put(client.get().getClientId(), new Checked(true, Instant.now(clock)));
        records.audit(client.get().getClientId(), recordId, AuditOutcome.SUCCESS,
                "access token " + issued.id() + " issued for scopes " + issued.scope());
        return issued;
    }

    /** The caller a bearer token names, when it is valid and its client still active. */
    public Optional<ApiCaller> verify(String token) {
        try {
            AccessTokens.Verified verified = tokens.verify(token, this::isActive);
            return Optional.of(new ApiCaller(verified.clientId(), verified.scopes()));
        } catch (AccessTokens.Invalid invalid) {
            LOG.fine(() -> "Bearer token refused: " + invalid.getMessage());
            return Optional.empty();
        }
    }

    /** Forgets what was known of a client's state, after an administrator changed it. */
    public void forget(String clientId) {
        activity.remove(clientId);
    }

    private boolean isActive(String clientId) {
        Instant now = Instant.now(clock);
        Checked known = activity.get(clientId);
        if (known != null && known.at().plus(ACTIVE_CHECK).isAfter(now)) {
            return known.active();
        }
        boolean active = records.byClientId(clientId).map(ApiClient::isActive).orElse(false);
        activity.put(clientId, new Checked(active, now));
        return active;
    }
}
