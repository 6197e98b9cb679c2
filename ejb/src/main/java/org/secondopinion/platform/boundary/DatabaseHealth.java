package org.secondopinion.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether the database answers now: the readiness of the application (the health endpoints) and, when a request
 * failed in a way nobody recognised, whether it failed because the database is gone. One cheap query with a short
 * timeout, outside any transaction, so it never waits on a lock and never marks a caller's transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseHealth {

    /** Longest wait for the answer, once the pool has handed out a connection (it waits at most 4 s for one). */
    static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    public boolean answers() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            // valid on H2 and PostgreSQL
            statement.execute("SELECT 1");
            return true;
        } catch (SQLException | RuntimeException unavailable) {
            return false;
        }
    }
}
