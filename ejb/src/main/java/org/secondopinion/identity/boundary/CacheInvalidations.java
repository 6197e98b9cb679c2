package org.secondopinion.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.secondopinion.identity.control.VerifiedCredentials;
import org.secondopinion.identity.entity.CacheInvalidation;
import org.secondopinion.platform.boundary.DatabaseMigration;
import org.secondopinion.platform.boundary.ScheduledJob;

/**
 * Keeps every node's identity caches true to changes made on any node. A change that must drop what nodes keep in
 * memory (a password changed, an account locked, deactivated or given other roles, an API client disabled) is
 * {@link #announce announced} in its own transaction, and every node reads the announcements of the last
 * {@link #WINDOW} every second and drops what they name, once each. So a password changed through one node stops
 * working on every node within about a second, not only when the cached credential's time runs out.
 * Announcements older than an hour are removed. Nodes' clocks must agree within the window (NTP).
 */
@Singleton
@PermitAll
public class CacheInvalidations {

    /** How far back each read looks: covers a slow commit and clocks a little apart. */
    static final Duration WINDOW = Duration.ofMinutes(2);
    static final Duration KEPT = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(CacheInvalidations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VerifiedCredentials credentials;

    @Inject
    ApiTokens tokens;

    @Inject
    DatabaseMigration migration;

    /** The announcements this node applied, with when they were made, until they leave the window. */
    private final Map<Long, Instant> applied = new HashMap<>();
    private Instant lastCleanup = Instant.EPOCH;

    /** Tells every node (this one included) to drop what it keeps of {@code subject} in {@code cache}. */
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void announce(String cache, String subject) {
        em.persist(new CacheInvalidation(cache, subject, Instant.now(clock)));
    }

    @ScheduledJob(everyNode = true)
    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "cache invalidations")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void everySecond() {
        if (!migration.migrated()) {
            return;
        }
        try {
            apply(Instant.now(clock));
        } catch (RuntimeException failed) {
            // the database is away: the next second reads the same window again
            LOG.log(Level.FINE, "Cache invalidations could not be read; tried again in a second", failed);
        }
    }

    /** Applies the announcements not applied yet; answers how many. */
    int apply(Instant now) {
        Instant since = now.minus(WINDOW);
        List<CacheInvalidation> recent = em.createNamedQuery(CacheInvalidation.SINCE, CacheInvalidation.class)
                .setParameter("since", since).getResultList();
        int dropped = 0;
        for (CacheInvalidation announced : recent) {
            if (applied.putIfAbsent(announced.getId(), announced.getCreatedAt()) == null) {
                drop(announced.getCacheName(), announced.getSubject());
                dropped++;
            }
        }
        applied.values().removeIf(made -> made.isBefore(since));
        if (lastCleanup.plus(Duration.ofMinutes(1)).isBefore(now)) {
            lastCleanup = now;
            em.createNamedQuery(CacheInvalidation.DELETE_BEFORE).setParameter("before", now.minus(KEPT))
                    .executeUpdate();
        }
        return dropped;
    }

    private void drop(String cache, String subject) {
        switch (cache) {
            case CacheInvalidation.CREDENTIALS -> credentials.forget(subject);
            case CacheInvalidation.API_CLIENT -> tokens.forget(subject);
            default -> LOG.warning(() -> "Unknown cache in an invalidation: " + cache);
        }
    }
}
