package org.secondopinion.web.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL for the test run that asks for one (system property
 * {@code it.postgres.port}, set by the failsafe execution it-postgres) before any test
 * class, so it is up when Arquillian starts Payara Micro pointed at it; stops it at the
 * end. No PostgreSQL needs to be installed. A test of database outages may {@link #stop()} it and
 * {@link #restart()} it on the same port with the same data, as an administrator restarting the server would.
 */
public class EmbeddedPostgresForTests implements LauncherSessionListener {

    /** The one PostgreSQL of this test JVM (a client-side test reaches it here); null on H2 runs. */
    private static EmbeddedPostgres postgres;
    private static Path dataDirectory;
    private static int port;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String configured = System.getProperty("it.postgres.port");
        synchronized (EmbeddedPostgresForTests.class) {
            if (configured == null || dataDirectory != null) {
                return;
            }
            try {
                port = Integer.parseInt(configured);
                dataDirectory = Files.createTempDirectory("it-postgres");
                postgres = start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
        }
    }

    /**
     * Whether the application under test runs on this PostgreSQL (the it-postgres execution; a run given the port
     * on the command line also starts one for the H2 execution, whose application never uses it).
     */
    public static synchronized boolean servesTheApplication() {
        return dataDirectory != null && "micro-postgres".equals(System.getProperty("arquillian.launch"));
    }

    /** Stops PostgreSQL (fast shutdown: open sessions are ended); its data stays. */
    public static synchronized void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** Starts PostgreSQL again on the same port with the data it had; returns once it accepts connections. */
    public static synchronized void restart() throws IOException {
        if (dataDirectory != null && postgres == null) {
            postgres = start();
        }
    }

    private static EmbeddedPostgres start() throws IOException {
        // an empty directory is initialised (initdb); one with data is started as it is
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (EmbeddedPostgresForTests.class) {
            try {
                stop();
                if (dataDirectory != null) {
                    try (Stream<Path> files = Files.walk(dataDirectory)) {
                        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(file);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                dataDirectory = null;
            }
        }
    }
}
