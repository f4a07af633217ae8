package org.partnermatch.common;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.EmbeddedPostgresResource;

/** The SQL constraints back the Java rules: a bug or a manual edit cannot store what the API would refuse. */
@QuarkusTest
class DatabaseConstraintsTest {

    private static void rejects(String sql, String sqlState) {
        assertThatThrownBy(() -> {
            try (Connection c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "postgres");
                 Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
        }).isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(sqlState);
    }

    /** A valid school insert with one value swapped for a bad one. */
    private static String school(String good, String bad) {
        String sql = "INSERT INTO school (id, name, grade_low, grade_high, latitude, longitude, region, enrollment, "
                + "title_i, frl_percent, ell_percent, quality_rank) VALUES ('" + UUID.randomUUID() + "', 'S "
                + UUID.randomUUID() + "', 0, 5, 47.6, -122.3, 'Central', 100, true, 50, 10, 3)";
        return sql.replace(good, bad);
    }

    @Test
    void schoolChecks() {
        rejects(school("0, 5, 47.6", "0, 13, 47.6"), "23514");
        rejects(school("0, 5, 47.6", "5, 0, 47.6"), "23514");
        rejects(school("10, 3)", "10, 6)"), "23514");
        rejects(school("true, 50", "NULL, 50"), "23502");
        rejects(school("true, 50", "true, 150"), "23514");
        rejects(school("47.6, -122.3", "97.6, -122.3"), "23514");
    }

    @Test
    void needChecks() {
        UUID school = Api.createSchool();
        String base = "INSERT INTO need (id, school_id, category_code, title, grade_low, grade_high, students_affected, priority, timings) VALUES ('";
        rejects(base + UUID.randomUUID() + "', '" + school + "', 'math', 't', 6, 8, 0, 'high', '{}')", "23514");
        rejects(base + UUID.randomUUID() + "', '" + school + "', 'math', 't', 6, 8, 5, 'someday', '{}')", "23514");
        rejects(base + UUID.randomUUID() + "', '" + school + "', 'math', 't', 6, 8, 5, 'high', '{midnight}')", "23514");
        rejects(base + UUID.randomUUID() + "', '" + school + "', 'no-such', 't', 6, 8, 5, 'high', '{}')", "23503");
        rejects(base + UUID.randomUUID() + "', '" + UUID.randomUUID() + "', 'math', 't', 6, 8, 5, 'high', '{}')", "23503");
    }

    @Test
    void offeringCapacityCanNeverBeOverbooked() {
        UUID org = Api.createOrganization(true);
        UUID offering = Api.createOffering(org);
        rejects("UPDATE offering SET capacity_used = capacity + 1 WHERE id = '" + offering + "'", "23514");
        rejects("UPDATE offering SET capacity = -1 WHERE id = '" + offering + "'", "23514");
        rejects("UPDATE offering SET modality = 'teleport' WHERE id = '" + offering + "'", "23514");
        rejects("INSERT INTO offering_category (offering_id, category_code) VALUES ('" + offering + "', 'nope')", "23503");
    }

    @Test
    void organizationChecks() {
        UUID org = Api.createOrganization(false);
        rejects("UPDATE organization SET vetting_status = 'maybe' WHERE id = '" + org + "'", "23514");
        rejects("UPDATE organization SET leadership = '{secret_society_led}' WHERE id = '" + org + "'", "23514");
        rejects("UPDATE organization SET latitude = NULL WHERE id = '" + org + "'", "23514");
        rejects("INSERT INTO category (code, name) VALUES ('Bad Code', 'x')", "23514");
        rejects("DELETE FROM category WHERE code = 'math'", "23503");
    }
}
