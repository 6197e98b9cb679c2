package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondopinion.identity.boundary.NewUserAccount;
import org.secondopinion.identity.boundary.UserAccounts;
import org.secondopinion.identity.control.VerifiedCredentials;
import org.secondopinion.identity.entity.CacheInvalidation;
import org.secondopinion.identity.entity.UserAccount;
import org.secondopinion.platform.boundary.JobLeases;
import org.secondopinion.platform.entity.JobLease;
import org.secondopinion.platform.entity.Role;

/**
 * What several nodes over one database share, seen from one node: a scheduled job's run is taken by one caller
 * only however many reach for it at once (as the timers of every node do), the running timers take their leases,
 * and a change that must drop cached credentials is announced in the database, where every node, this one
 * included, reads it within seconds. Runs on H2 and on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ClusterStateIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(ClusterStateIT.class);
    }

    @Inject
    JobLeases leases;

    @Inject
    VerifiedCredentials credentials;

    @Inject
    UserAccounts userAccounts;

    @Inject
    RunAsAdmin asAdmin;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    @Test
    void eachTickIsTakenByOneCallerWhenManyReachForItAtOnce() throws Exception {
        String job = "test job " + UUID.randomUUID();
        Instant tick = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        assertThat(takenAtOnce(job, tick, 8)).as("the job's first lease, inserted by one of eight").isEqualTo(1);
        assertThat(leases.take(job, tick)).as("the same tick again").isFalse();
        assertThat(takenAtOnce(job, tick.plusSeconds(1), 8)).as("the next tick, moved by one of eight").isEqualTo(1);
        assertThat(leases.take(job, tick)).as("an earlier tick, after a later one ran").isFalse();

        JobLease lease = em.find(JobLease.class, job);
        assertThat(lease.getRuns()).isEqualTo(2);
        assertThat(lease.getHolder()).isEqualTo(JobLeases.NODE);
        assertThat(lease.getLastTick()).isEqualTo(tick.plusSeconds(1));
    }

    /**
     * The first start of nodes starting together: the second node's check for the first accounts waits until the
     * first node's transaction (which opens them) commits, so it finds them there.
     */
    @Test
    void firstStartWorkIsDoneByOneTransactionAtATime() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch firstHolds = new CountDownLatch(1);
            Future<Instant> firstCommitted = nodes.submit(() -> {
                transaction.begin();
                leases.alone(JobLeases.FIRST_START);
                firstHolds.countDown();
                Thread.sleep(1_000);
                Instant committing = Instant.now();
                transaction.commit();
                return committing;
            });
            assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Instant> secondGot = nodes.submit(() -> {
                transaction.begin();
                try {
                    leases.alone(JobLeases.FIRST_START);
                    return Instant.now();
                } finally {
                    transaction.commit();
                }
            });

            assertThat(secondGot.get(1, TimeUnit.MINUTES)).as("the second had to wait for the first's commit")
                    .isAfterOrEqualTo(firstCommitted.get(1, TimeUnit.MINUTES));
        } finally {
            nodes.shutdownNow();
        }
        transaction.begin();
        try {
            assertThatThrownBy(() -> leases.alone("work without a row")).hasRootCauseInstanceOf(
                    IllegalStateException.class);
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theRunningTimersTakeTheirLeasesOncePerTick() throws Exception {
        long before = chainerRuns();
        Instant started = Instant.now();
        Thread.sleep(4_000);
        long ran = chainerRuns() - before;
        long seconds = Math.max(1, (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000);

        // one run a tick, every second; a tick fired late on a busy machine may run back to back with the next
        assertThat(ran).as("the audit chainer's runs in about %d s", seconds).isBetween(1L, seconds + 2);
        JobLease lease = asAdmin.call(() -> leases.all()).stream()
                .filter(one -> one.getJob().equals("audit chainer")).findFirst().orElseThrow();
        assertThat(lease.getHolder()).isEqualTo(JobLeases.NODE);
        assertThat(asAdmin.call(() -> leases.all())).extracting(JobLease::getJob)
                .contains("audit chainer", "turnaround watch", "deadline reminders", "idempotency key cleanup");
    }

    @Test
    void aPasswordResetIsAnnouncedToEveryNodeWithTheChange() throws Exception {
        String username = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = asAdmin.call(() -> userAccounts.create(new NewUserAccount(username, "Test " + username,
                null, EnumSet.of(Role.COORDINATOR), "a-long-enough-password")));

        asAdmin.call(() -> {
            userAccounts.resetPassword(account.getId(), "another-long-enough-password");
            return null;
        });

        assertThat(announcements(CacheInvalidation.CREDENTIALS, username)).isEqualTo(1);
    }

    @Test
    void dropsCredentialsThatAnotherNodeAnnouncedWithinSeconds() throws Exception {
        String username = "elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
        char[] password = "verified-on-this-node".toCharArray();
        credentials.remember(username, password, username, credentials.ticket());
        assertThat(credentials.find(username, password, String.class)).contains(username);

        // what another node's password change writes in its transaction
        transaction.begin();
        em.persist(new CacheInvalidation(CacheInvalidation.CREDENTIALS, username, Instant.now()));
        transaction.commit();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (credentials.find(username, password, String.class).isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(credentials.find(username, password, String.class)).as("dropped by this node's reader").isEmpty();
    }

    @Test
    void aRolledBackChangeAnnouncesNothing() throws Exception {
        String username = "rolledback-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        em.persist(new CacheInvalidation(CacheInvalidation.CREDENTIALS, username, Instant.now()));
        transaction.rollback();

        assertThat(announcements(CacheInvalidation.CREDENTIALS, username)).isZero();
    }

    private int takenAtOnce(String job, Instant tick, int callers) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<Boolean> take = () -> {
                    go.await();
                    return leases.take(job, tick);
                };
                tries.add(threads.submit(take));
            }
            go.countDown();
            int taken = 0;
            for (Future<Boolean> one : tries) {
                if (one.get(1, TimeUnit.MINUTES)) {
                    taken++;
                }
            }
            return taken;
        } finally {
            threads.shutdownNow();
        }
    }

    private long chainerRuns() {
        return ((Number) em.createNativeQuery("SELECT runs FROM job_lease WHERE job = 'audit chainer'")
                .getSingleResult()).longValue();
    }

    private long announcements(String cache, String subject) {
        return em.createQuery("SELECT COUNT(i) FROM CacheInvalidation i WHERE i.cacheName = :cache"
                + " AND i.subject = :subject", Long.class).setParameter("cache", cache)
                .setParameter("subject", subject).getSingleResult();
    }
}
