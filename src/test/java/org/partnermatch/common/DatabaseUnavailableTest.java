package org.partnermatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
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

    @Test
    void otherFailuresAreNot() {
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("duplicate", "23505"))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new IllegalStateException("bug"))).isFalse();
    }
}
