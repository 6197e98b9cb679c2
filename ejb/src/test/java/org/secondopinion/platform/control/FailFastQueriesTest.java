package org.secondopinion.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class FailFastQueriesTest {

    @Test
    void aFailedQueryIsNeitherPingedNorRetried() {
        DatabaseLogin login = new DatabaseLogin();
        assertThat(login.getQueryRetryAttemptCount()).as("EclipseLink's default").isPositive();

        new FailFastQueries().customize(new Project(login).createDatabaseSession());

        assertThat(login.getQueryRetryAttemptCount()).isZero();
        assertThat(login.getDelayBetweenConnectionAttempts()).isZero();
        assertThat(login.isConnectionHealthValidatedOnError()).isFalse();
    }
}
