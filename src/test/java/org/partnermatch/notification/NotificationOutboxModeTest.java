package org.partnermatch.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.MailServer;
import org.partnermatch.support.Tokens;

/**
 * Without a mail server (the embedded demo), e-mails are kept, never sent, and district staff read them on the Outbox
 * page. The profile says delivery=outbox, which is what delivery=auto chooses when quarkus.mailer.host is not set.
 */
@QuarkusTest
@TestProfile(NotificationOutboxModeTest.OutboxOnly.class)
class NotificationOutboxModeTest {

    public static class OutboxOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partnermatch.notifications.delivery", "outbox");
        }
    }

    @Inject
    NotificationDispatcher dispatcher;

    @Test
    void emailsAreKeptForTheOutboxPageAndNeverSent() {
        UUID school = Api.createSchool();
        String address = "kept-" + UUID.randomUUID().toString().substring(0, 8) + "@mail.partnermatch.test";
        Api.district().body(Map.of("email", address, "scope", "school", "schoolId", school, "role", "principal"))
                .post("/api/v1/invitations").then().statusCode(201);
        assertThat(Db.text("SELECT state FROM notification WHERE recipient = '" + address + "'")).isEqualTo("kept");
        dispatcher.run();
        dispatcher.deliverAllDue();
        assertThat(MailServer.receivedFor(address)).isEmpty();
        String page = given().cookie("pm_session", Tokens.district()).get("/district/outbox").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("No mail server is configured").contains(address).contains("kept (not sent)")
                .contains("/invitations/");
    }

    @Test
    void autoSendsOnlyWhenAMailHostIsActuallySet() {
        assertThat(NotificationService.mailServerConfigured(value("smtp.example.org", 300))).isTrue();
        assertThat(NotificationService.mailServerConfigured(value("smtp.example.org", 250))).isTrue();
        // a default (the extension's "localhost") is not a configured server
        assertThat(NotificationService.mailServerConfigured(value("localhost", Integer.MIN_VALUE))).isFalse();
        assertThat(NotificationService.mailServerConfigured(value(" ", 300))).isFalse();
        assertThat(NotificationService.mailServerConfigured(value(null, 300))).isFalse();
        assertThat(NotificationService.mailServerConfigured(null)).isFalse();
    }

    private static ConfigValue value(String value, int ordinal) {
        return new ConfigValue() {
            public String getName() {
                return "quarkus.mailer.host";
            }

            public String getValue() {
                return value;
            }

            public String getRawValue() {
                return value;
            }

            public String getSourceName() {
                return "test";
            }

            public int getSourceOrdinal() {
                return ordinal;
            }
        };
    }
}
