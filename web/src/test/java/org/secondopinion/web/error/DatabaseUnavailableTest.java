package org.secondopinion.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aConnectionRefusedDeepInsideTheContainersWrappingIsAnOutage() {
        // what PostgreSQL's driver throws when nothing listens, as EJB and JPA hand it on
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
        assertThat(DatabaseUnavailable.causedBy(new EJBException(new PersistenceException("Exception [EclipseLink-4002]",
                refused)))).isTrue();
    }

    @Test
    void theServerShuttingDownOrStartingIsAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("sorry, too many clients already", "53300"))).isTrue();
    }

    @Test
    void connectionExceptionsAndAPoolThatCannotHandOutAConnectionAreOutages() {
        assertThat(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("timed out"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLNonTransientConnectionException("closed"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Error in allocating a connection",
                new ResourceAllocationException("Connection could not be allocated")))).isTrue();
    }

    @Test
    void aStateInTheNextExceptionOfABatchCounts() {
        SQLException batch = new SQLException("Batch entry 0 was aborted");
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseUnavailable.causedBy(new PersistenceException(batch))).isTrue();
    }

    @Test
    void faultsOfTheRequestOrTheCodeAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("canceling statement due to lock timeout", "55P03")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new EJBException(new IllegalStateException("a bug")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        SQLException first = new SQLException("first");
        SQLException second = new SQLException("second", first);
        first.setNextException(second);
        assertThat(DatabaseUnavailable.causedBy(first)).isFalse();
    }

    @Test
    void theLogLineNamesTheDeepestCause() {
        assertThat(DatabaseUnavailable.rootCause(new EJBException(new PersistenceException(new SQLException(
                "Connection to localhost:5432 refused", "08001"))))).isEqualTo(
                        "java.sql.SQLException: Connection to localhost:5432 refused");
    }
}
