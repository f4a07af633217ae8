package org.partnermatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import javax.transaction.xa.XAException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A database outage answers 503 with Retry-After (not 500); a constraint violation is the client's 4xx. */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAndPoolTimeoutsAreOutages() {
        assertThat(ProblemMappers.databaseUnavailable(new PersistenceException(new SQLException("refused", "08001")))).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
    }

    /** Found by the fault tests: PostgreSQL stopping mid-request answered 500 instead of 503. */
    @Test
    void serverShutdownAndFailedCommitsAreOutages() {
        SQLException adminShutdown = new SQLException("terminating connection due to administrator command", "57P01");
        assertThat(ProblemMappers.databaseUnavailable(new PersistenceException(adminShutdown))).isTrue();
        // a commit that fails because the server went away: the SQL error hangs off a suppressed exception
        RollbackException rollback = new RollbackException("Could not commit transaction.");
        XAException xa = new XAException("Error trying to commit");
        xa.initCause(adminShutdown);
        rollback.addSuppressed(xa);
        assertThat(ProblemMappers.databaseUnavailable(new RuntimeException(rollback))).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("duplicate", "23505"))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new IllegalStateException("bug"))).isFalse();
    }
}
