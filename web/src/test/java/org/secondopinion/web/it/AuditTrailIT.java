package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.boundary.AuditQuery;
import org.secondopinion.audit.control.ChainVerdict;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditEntry;
import org.secondopinion.identity.boundary.NewUserAccount;
import org.secondopinion.identity.boundary.UserAccounts;
import org.secondopinion.identity.entity.UserAccount;
import org.secondopinion.platform.entity.Role;

/**
 * The audit trail in the database: written in the same transaction as the change it
 * records (and rolled back with it), and tamper-evident. Runs on H2 and on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(AuditTrailIT.class);
    }

    @Inject
    UserAccounts userAccounts;

    @Inject
    AuditLog auditLog;

    @Inject
    RunAsAdmin asAdmin;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    /** What a test changed behind the application's back, put back so the next test starts intact. */
    private Runnable repair;

    @AfterEach
    void putBack() throws Exception {
        if (repair != null) {
            transaction.begin();
            repair.run();
            transaction.commit();
            repair = null;
        }
    }

    @Test
    void writesAuditEntryInTheTransactionOfTheChange() throws Exception {
        String username = unique("nurse");
        UserAccount created = asAdmin.call(() -> userAccounts.create(account(username)));

        List<AuditEntry> entries = asAdmin.call(() -> auditLog.search(
                new AuditQuery(null, AuditAction.CREATE, "UserAccount", created.getId().toString(), null, null, null), 0, 10));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.getActor()).isEqualTo("admin");
            assertThat(entry.getDetail()).contains(username);
        });
    }

    @Test
    void rollsTheAuditEntryBackWithTheChange() throws Exception {
        String username = unique("rolledback");
        long entriesBefore = asAdmin.call(() -> auditLog.count(AuditQuery.all()));

        transaction.begin();
        asAdmin.call(() -> userAccounts.create(account(username)));
        assertThat(asAdmin.call(() -> auditLog.count(AuditQuery.all()))).isEqualTo(entriesBefore + 1);
        transaction.rollback();

        assertThat(asAdmin.call(() -> auditLog.count(AuditQuery.all()))).isEqualTo(entriesBefore);
        assertThat(asAdmin.call(() -> userAccounts.list())).extracting(UserAccount::getUsername).doesNotContain(username);
        assertThat(asAdmin.call(() -> auditLog.verify()).intact()).isTrue();
    }

    /**
     * An audited change writes its entry unchained in its own transaction, without touching the chain head: the
     * entry is there exactly when the change commits, and the chainer links it within seconds on its own.
     */
    @Test
    void writesTheEntryUnchainedWithTheChangeAndTheChainerLinksItOnItsOwn() throws Exception {
        String rolledBack = unique("pending");
        transaction.begin();
        asAdmin.call(() -> userAccounts.create(account(rolledBack)));
        assertThat(pending(rolledBack)).as("written in the change's transaction").isEqualTo(1);
        assertThat(chained(rolledBack)).as("not chained by the writer").isZero();
        transaction.rollback();
        asAdmin.call(() -> auditLog.count(AuditQuery.all()));
        assertThat(pending(rolledBack) + chained(rolledBack)).as("gone with the change").isZero();

        String committed = unique("chained");
        asAdmin.call(() -> userAccounts.create(account(committed)));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (chained(committed) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(chained(committed)).as("the chainer runs every second without being asked").isEqualTo(1);
        assertThat(pending(committed)).isZero();
    }

    /**
     * Audited writes at once from many threads: every entry reaches the chain exactly once, numbered without gaps,
     * and the chain verifies.
     */
    @Test
    void chainsEntriesWrittenConcurrentlyWithoutGapsOrLosses() throws Exception {
        long before = asAdmin.call(() -> auditLog.count(AuditQuery.all()));
        int writes = 24;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<UserAccount>> done = new java.util.ArrayList<>();
            for (int i = 0; i < writes; i++) {
                done.add(threads.submit(() -> asAdmin.call(() -> userAccounts.create(account(unique("parallel"))))));
            }
            for (java.util.concurrent.Future<UserAccount> one : done) {
                one.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        ChainVerdict verdict = asAdmin.call(() -> auditLog.verify());
        assertThat(verdict.intact()).as(verdict.reason()).isTrue();
        assertThat(asAdmin.call(() -> auditLog.count(AuditQuery.all()))).isGreaterThanOrEqualTo(before + writes);
        Object[] numbering = (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(id), MAX(id) FROM audit_entry")
                .getSingleResult();
        assertThat(((Number) numbering[1]).longValue()).isEqualTo(1);
        assertThat(((Number) numbering[0]).longValue()).as("numbered 1..n without gaps")
                .isEqualTo(((Number) numbering[2]).longValue());
        assertThat(verdict.entriesChecked()).isLessThanOrEqualTo(((Number) numbering[0]).longValue())
                .isGreaterThanOrEqualTo(before + writes);
    }

    /** Unchained entries naming this text, as this transaction sees them (the query flushes what it wrote). */
    private long pending(String text) {
        return em.createQuery("SELECT COUNT(p) FROM AuditPending p WHERE p.detail LIKE :text", Long.class)
                .setParameter("text", "%" + text + "%").getSingleResult();
    }

    private long chained(String text) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.detail LIKE :text", Long.class)
                .setParameter("text", "%" + text + "%").getSingleResult();
    }


    /**
     * A refusal is recorded in a transaction of its own: the refused call's transaction rolls back, the record of
     * the refusal stays and reaches the chain.
     */
    @Test
    void keepsARefusalWhenTheRefusedCallRollsBack() throws Exception {
        String marker = unique("refused");
        transaction.begin();
        asAdmin.call(() -> {
            auditLog.recordRefusal("Probe", marker, "refused " + marker);
            return null;
        });
        transaction.rollback();

        asAdmin.call(() -> auditLog.count(AuditQuery.all()));
        assertThat(chained(marker)).isEqualTo(1);
        assertThat(asAdmin.call(() -> auditLog.search(new AuditQuery(null, AuditAction.ACCESS_DENIED, "Probe", marker,
                null, null, null), 0, 10))).singleElement().satisfies(entry -> assertThat(entry.getActor())
                .isEqualTo("admin"));
    }

    @Test
    void namesTheEntryEditedInTheDatabase() throws Exception {
        asAdmin.call(() -> userAccounts.create(account(unique("edited"))));
        long target = latestEntryId() - 1;
        String original = column("actor", target);

        update("UPDATE audit_entry SET actor = 'someone-else' WHERE id = ?1", target);
        repair = () -> execute("UPDATE audit_entry SET actor = ?2 WHERE id = ?1", target, original);

        ChainVerdict verdict = asAdmin.call(() -> auditLog.verify());
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBrokenEntryId()).isEqualTo(target);
        assertThat(verdict.reason()).contains("changed");
    }

    @Test
    void namesTheEntryDeletedFromTheDatabase() throws Exception {
        asAdmin.call(() -> userAccounts.create(account(unique("deleted"))));
        asAdmin.call(() -> userAccounts.create(account(unique("deleted"))));
        long target = latestEntryId() - 1;
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT id, occurred_at, actor, action, record_type, record_id, outcome, detail, client_address, "
                        + "previous_hash, hash FROM audit_entry WHERE id = ?1").setParameter(1, target).getSingleResult();

        update("DELETE FROM audit_entry WHERE id = ?1", target);
        repair = () -> execute("INSERT INTO audit_entry (id, occurred_at, actor, action, record_type, record_id, "
                + "outcome, detail, client_address, previous_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", row);

        ChainVerdict verdict = asAdmin.call(() -> auditLog.verify());
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBrokenEntryId()).isEqualTo(target);
        assertThat(verdict.reason()).contains("missing");
    }

    @Test
    void namesTheEntriesSwappedInTheDatabase() throws Exception {
        asAdmin.call(() -> userAccounts.create(account(unique("swapped"))));
        asAdmin.call(() -> userAccounts.create(account(unique("swapped"))));
        long second = latestEntryId() - 1;
        long first = second - 1;
        // reorder: the two entries exchange their places in the chain
        update("UPDATE audit_entry SET id = -1 WHERE id = ?1", first);
        update("UPDATE audit_entry SET id = ?1 WHERE id = ?2", first, second);
        update("UPDATE audit_entry SET id = ?1 WHERE id = -1", second);
        repair = () -> {
            execute("UPDATE audit_entry SET id = -1 WHERE id = ?1", first);
            execute("UPDATE audit_entry SET id = ?1 WHERE id = ?2", first, second);
            execute("UPDATE audit_entry SET id = ?1 WHERE id = -1", second);
        };

        ChainVerdict verdict = asAdmin.call(() -> auditLog.verify());
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBrokenEntryId()).isEqualTo(first);
    }

    @Test
    void findsAnUntouchedChainIntact() throws Exception {
        asAdmin.call(() -> userAccounts.create(account(unique("intact"))));
        ChainVerdict verdict = asAdmin.call(() -> auditLog.verify());
        assertThat(verdict.intact()).as(verdict.reason()).isTrue();
        assertThat(verdict.entriesChecked()).isEqualTo(latestEntryId());
    }

    private long latestEntryId() {
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM audit_entry").getSingleResult()).longValue();
    }

    private String column(String name, long id) {
        return (String) em.createNativeQuery("SELECT " + name + " FROM audit_entry WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
    }

    private void update(String sql, Object... parameters) throws Exception {
        transaction.begin();
        execute(sql, parameters);
        transaction.commit();
    }

    private void execute(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    private static NewUserAccount account(String username) {
        return new NewUserAccount(username, "Test " + username, null, EnumSet.of(Role.COORDINATOR), "a-long-enough-password");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
