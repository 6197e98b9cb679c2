package org.secondopinion.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration}
 * when the application is deployed, before anything else touches the database. The
 * schema is never generated from the entities.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now, database " + result.database + ")");
        migrated = true;
    }

    /**
     * Whether the schema is up to date. A caller that asks while the migration runs waits for it (the container
     * finishes a singleton's start before it serves a call), so timers ask this before their first query.
     */
    @Lock(LockType.READ)
    public boolean migrated() {
        return migrated;
    }
}
