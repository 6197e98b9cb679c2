package org.secondopinion.web.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL for the test run that asks for one (system property
 * {@code it.postgres.port}, set by the failsafe execution it-postgres) before any test
 * class, so it is up when Arquillian starts Payara Micro pointed at it; stops it at the
 * end. No PostgreSQL needs to be installed.
 */
public class EmbeddedPostgresForTests implements LauncherSessionListener {

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.postgres.port");
        if (port == null || postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().setPort(Integer.parseInt(port)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }
    }
}
