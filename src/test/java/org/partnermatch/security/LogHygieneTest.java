package org.partnermatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Tokens;

/**
 * Hostile writes that once reached the database's CHECK constraints (and Hibernate's log of the failing row, with
 * names, e-mail addresses and secrets) are refused by validation first with a 400 naming the field, or accepted in
 * their normal form; and no log line holds a value from any request body.
 */
@QuarkusTest
class LogHygieneTest {

    /** Every log record, as text: message, arguments and the whole cause chain. */
    static final class Capture extends Handler {
        final List<String> lines = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName() + " " + record.getMessage());
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    line.append(' ').append(parameter);
                }
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(' ').append(t);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void hostileWritesAreRefusedByValidationAndTheirValuesNeverReachTheLog() {
        String marker = "leak" + UUID.randomUUID().toString().substring(0, 8);
        String email = marker + "@example.org";
        String secret = marker + "-secret-" + "s".repeat(24);
        Capture capture = new Capture();
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            Map<String, Object> organization = Api.organization();
            organization.put("contact", Map.of("name", "Private " + marker, "email", email, "phone", "+1 206 555 0100"));
            organization.put("serviceRadiusKm", 0.001);
            as(Tokens.newPartner()).body(organization).post("/api/v1/organizations").then().statusCode(400)
                    .body("violations[0].field", equalTo("serviceRadiusKm"));
            organization.put("serviceRadiusKm", 12.345);
            as(Tokens.newPartner()).body(organization).post("/api/v1/organizations").then().statusCode(400)
                    .body("violations[0].field", equalTo("serviceRadiusKm"));

            UUID school = Api.createSchool();
            as(Tokens.principal(school)).body(Map.of("url", "HTTPS://127.0.0.1/hook-" + marker, "secret", secret))
                    .put("/api/v1/schools/" + school + "/webhook").then().statusCode(200)
                    .body("url", equalTo("https://127.0.0.1/hook-" + marker));
            org.jboss.logging.Logger.getLogger("org.partnermatch.test").info("capture works");
        } finally {
            root.removeHandler(capture);
        }
        assertThat(capture.lines).anyMatch(line -> line.contains("capture works")).noneMatch(line -> line.contains(marker))
                .noneMatch(line -> line.contains("Failing row contains"));
    }
}
