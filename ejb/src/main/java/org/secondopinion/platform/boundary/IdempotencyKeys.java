package org.secondopinion.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.secondopinion.platform.control.IdempotencyRules;
import org.secondopinion.platform.entity.IdempotencyKey;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * The API callers' idempotency keys. Keys belong to the signed-in caller (the principal's name), so two callers
 * never see each other's keys or answers. {@link #reserve} and {@link #answered} only join the caller's
 * transaction (the one the API's idempotency filter begins around the whole request), so the key commits or
 * rolls back with the write it guards. An hourly timer removes keys older than 48 hours. Open to every signed-in
 * caller (people and, later, API clients): each call reads or writes only the caller's own keys.
 */
@Stateless
@PermitAll
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class.getName());

    /** A kept answer: what the first request with the key got. */
    public record Answer(String fingerprint, int status, String location, String contentType, byte[] body) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** What is wrong with a key the caller sent, or empty when it may be used. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> problemWithKey(String key) {
        return IdempotencyRules.problemWithKey(key);
    }

    /** The fingerprint of a request: its method, path, query and the SHA-256 of its body. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String fingerprint(String method, String path, String query, byte[] bodySha256) {
        return IdempotencyRules.fingerprint(method, path, query, bodySha256);
    }

    /** Whether an answer with this status is kept for a repeat. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean keeps(int status) {
        return IdempotencyRules.isKept(status);
    }

    /** The answer kept for the caller's key, if a request with it committed. */
    public Optional<Answer> find(String key) {
        return em.createNamedQuery(IdempotencyKey.FIND, IdempotencyKey.class)
                .setParameter("caller", caller()).setParameter("key", key)
                .getResultStream().findFirst()
                .filter(row -> row.getFingerprint() != null)
                .map(row -> new Answer(row.getFingerprint(), row.getStatus(), row.getLocation(), row.getContentType(),
                        row.getBody()));
    }

    /**
     * Inserts the caller's key in the caller's transaction, at once: a twin request with the same key (on any
     * node) fails on the unique constraint, or waits for this transaction to end. Returns the row's id.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long reserve(String key) {
        IdempotencyRules.problemWithKey(key).ifPresent(problem -> {
            throw new RuleViolation(IdempotencyRules.HEADER, problem);
        });
        IdempotencyKey row = new IdempotencyKey(caller(), key, Instant.now(clock));
        em.persist(row);
        em.flush();
        return row.getId();
    }

    /** Keeps the successful answer of the request that reserved the key, in that request's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void answered(long reserved, String fingerprint, int status, String location, String contentType,
                         byte[] body) {
        IdempotencyKey row = em.find(IdempotencyKey.class, reserved);
        if (row == null || !row.getCaller().equals(caller())) {
            throw new IllegalStateException("no key reserved by this caller with id " + reserved);
        }
        row.answered(fingerprint, status, location, contentType, body);
    }

    @ScheduledJob
    @Schedule(minute = "23", hour = "*", persistent = false, info = "idempotency key cleanup")
    void hourly() {
        int removed = removeExpired(Instant.now(clock));
        if (removed > 0) {
            LOG.info(() -> removed + " idempotency keys older than " + IdempotencyRules.KEPT + " removed");
        }
    }

    int removeExpired(Instant now) {
        return em.createNamedQuery(IdempotencyKey.DELETE_CREATED_BEFORE)
                .setParameter("before", IdempotencyRules.expiredBefore(now)).executeUpdate();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
