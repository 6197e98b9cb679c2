package org.secondopinion.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * A query that fails on a broken connection fails at once (persistence.xml names this class as the session
 * customizer). By default EclipseLink pings the connection after an error and, when the database does not answer,
 * reconnects and runs the query again, three times, five seconds apart. A sequence's {@code nextval} is such a query,
 * and it runs while EclipseLink holds that sequence's lock: after a PostgreSQL restart under load every insert of
 * the entity waited behind the retries (intake stalled for 75 to 326 s). Without retries the transaction rolls back,
 * the caller gets 503 and may send the request again; the pool, which validates what it hands out, gives the next
 * transaction a live connection.
 */
public class FailFastQueries implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
            // the ping itself would wait on a connection that no longer answers
            login.setConnectionHealthValidatedOnError(false);
        }
    }
}
