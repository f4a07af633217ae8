package org.partnermatch.common;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
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
            try (Connection c = EmbeddedPostgresResource.connect();
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
        rejects(school("0, 5, 47.6", "NULL, 5, 47.6"), "23502");
        // equity figures may be unknown (NULL), never out of range; identifiers have their shape
        rejects(school("quality_rank)", "quality_rank, nces_id)").replace("10, 3)", "10, 3, '12345')"), "23514");
        rejects(school("quality_rank)", "quality_rank, state_code)").replace("10, 3)", "10, 3, ' x')"), "23514");
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

    @Test
    void partnershipChecks() {
        org.partnermatch.support.Partnerships.Setup setup = org.partnermatch.support.Partnerships.setup(10, "students");
        UUID requested = setup.request(3);
        String where = " WHERE id = '" + requested + "'";
        rejects("UPDATE partnership SET state = 'maybe'" + where, "23514");
        // capacity is held exactly by accepted, active and completed partnerships
        rejects("UPDATE partnership SET capacity_held = 3" + where, "23514");
        rejects("UPDATE partnership SET state = 'accepted'" + where, "23514");
        rejects("UPDATE partnership SET state = 'declined'" + where, "23514");
        rejects("UPDATE partnership SET state = 'cancelled', cancel_reason = 'x'" + where, "23514");
        rejects("UPDATE partnership SET end_date = start_date - 1" + where, "23514");
        rejects("UPDATE partnership SET students_to_serve = 0" + where, "23514");
        // one open request per school and offering, whatever the Java layer does
        rejects("INSERT INTO partnership (id, school_id, organization_id, offering_id, students_to_serve, start_date,"
                + " end_date, requested_by, requested_at, expires_at) SELECT '" + UUID.randomUUID() + "', school_id,"
                + " organization_id, offering_id, 1, start_date, end_date, 'x', now(), now() + INTERVAL '1 day'"
                + " FROM partnership" + where, "23505");
        // a partnership's records cannot vanish underneath it
        rejects("DELETE FROM offering WHERE id = '" + setup.offering() + "'", "23503");
        rejects("DELETE FROM need WHERE id = '" + setup.need() + "'", "23503");
    }

    @Test
    void feedbackIdempotencyAndWebhookChecks() {
        org.partnermatch.support.Partnerships.Setup setup = org.partnermatch.support.Partnerships.setup(10, "students");
        UUID active = setup.inState("active");
        String feedback = "INSERT INTO partnership_feedback (id, partnership_id, given_by, rating, author) VALUES ('";
        rejects(feedback + UUID.randomUUID() + "', '" + active + "', 'school', 6, 'x')", "23514");
        rejects(feedback + UUID.randomUUID() + "', '" + active + "', 'district', 3, 'x')", "23514");
        try (Connection c = EmbeddedPostgresResource.connect();
             Statement s = c.createStatement()) {
            s.executeUpdate(feedback + UUID.randomUUID() + "', '" + active + "', 'school', 5, 'x')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        rejects(feedback + UUID.randomUUID() + "', '" + active + "', 'school', 4, 'x')", "23505");
        // idempotency keys are kept at least 24 hours
        rejects("INSERT INTO idempotency_key (caller, idem_key, operation, request_hash, expires_at) VALUES"
                + " ('c', 'k', 'op', '" + "0".repeat(64) + "', now() + INTERVAL '23 hours')", "23514");
        rejects("INSERT INTO webhook_subscription (id, school_id, url, secret) VALUES ('" + UUID.randomUUID() + "', '"
                + setup.school() + "', 'ftp://127.0.0.1/', '" + "s".repeat(32) + "')", "23514");
        rejects("INSERT INTO webhook_subscription (id, school_id, organization_id, url, secret) VALUES ('"
                + UUID.randomUUID() + "', '" + setup.school() + "', '" + setup.organization()
                + "', 'http://127.0.0.1/', '" + "s".repeat(32) + "')", "23514");
        rejects("INSERT INTO onboarding_item (id, organization_id, kind, expires_on) VALUES ('" + UUID.randomUUID()
                + "', '" + setup.organization() + "', 'tax_forms', current_date)", "23514");
    }
}
