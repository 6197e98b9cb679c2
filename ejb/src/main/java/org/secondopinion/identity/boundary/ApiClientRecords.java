package org.secondopinion.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.identity.entity.ApiClient;
import org.secondopinion.identity.entity.UserAccount;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.StaleEdit;

/**
 * The short transactions behind {@link ApiClients} and {@link ApiTokens}: they hash and
 * verify secrets outside any transaction, and come here only to read a client or to write a
 * change with its audit entry.
 */
@Stateless
public class ApiClientRecords {

    static final String RECORD_TYPE = "ApiClient";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ApiClient> list() {
        return em.createNamedQuery(ApiClient.FIND_ALL, ApiClient.class).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ApiClient find(long id) {
        ApiClient client = em.find(ApiClient.class, id);
        if (client == null) {
            throw new RecordNotFound("API client", id);
        }
        return client;
    }

    /** The client with this id, read without a transaction of its own when the caller has none. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ApiClient> byClientId(String clientId) {
        String id = ApiClient.normalise(clientId);
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiClient.FIND_BY_CLIENT_ID, ApiClient.class).setParameter("clientId", id)
                .getResultStream().findFirst();
    }

    /**
     * For the legal wall: empty when the caller is a person (a person's user name is never a client id), else the
     * firm the client is bound to. Read from the database each time, so a disabled client loses its firm at once.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ClientFirm> asClient(String callerName) {
        return byClientId(callerName).map(c -> new ClientFirm(c.getClientId(), c.boundFirm().orElse(null)));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ApiClient create(String clientId, String displayName, Set<String> scopes, String secretHash) {
        String id = ApiClient.normalise(clientId);
        if (byClientId(id).isPresent()) {
            throw new RuleViolation("clientId", "Client id '" + id + "' is already taken.");
        }
        // the client id is the caller's name in the audit trail: it must not pass for a person's
        if (!em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class).setParameter("username", id)
                .getResultList().isEmpty()) {
            throw new RuleViolation("clientId", "Client id '" + id + "' is the user name of a person; choose another.");
        }
        ApiClient client;
        try {
            client = new ApiClient(id, displayName, scopes, secretHash, caller(), Instant.now(clock));
        } catch (IllegalArgumentException invalid) {
            throw new RuleViolation(invalid.getMessage().contains("scope") ? "scopes" : "clientId",
                    capitalised(invalid.getMessage()) + ".");
        }
        em.persist(client);
        em.flush();
        audit.record(AuditAction.CREATE, RECORD_TYPE, client.getId(),
                "registered API client '" + id + "' with scopes " + client.getScopes());
        return client;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ApiClient activate(long id, boolean active, Long version) {
        ApiClient client = current(id, version);
        if (client.isActive() == active) {
            return client;
        }
        if (active) {
            client.enable(caller(), Instant.now(clock));
        } else {
            client.disable(caller(), Instant.now(clock));
        }
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, (active ? "enabled" : "disabled") + " API client '"
                + client.getClientId() + "'");
        return client;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ApiClient changeSecret(long id, String secretHash, Long version) {
        ApiClient client = current(id, version);
        client.changeSecretHash(secretHash, caller(), Instant.now(clock));
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "rotated the secret of API client '"
                + client.getClientId() + "'");
        return client;
    }

    /** An entry of the token endpoint, in a transaction of its own after the secret was checked. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void audit(String clientId, Long recordId, AuditOutcome outcome, String detail) {
        audit.recordAs(clientId == null || clientId.isBlank() ? "anonymous" : clip(clientId), AuditAction.LOGIN,
                RECORD_TYPE, recordId, outcome, detail);
    }

    private ApiClient current(long id, Long version) {
        ApiClient client = find(id);
        if (version != null && client.getVersion() != version) {
            throw new StaleEdit("API client", client.getClientId());
        }
        return client;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String clip(String text) {
        return text.length() > 80 ? text.substring(0, 80) : text;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
