package org.partnermatch.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Partnerships.Setup;

/** Unanswered requests expire after the configured TTL; the clock is moved back in the database, never slept on. */
@QuarkusTest
class ExpiryTest {

    @Inject
    PartnershipExpiry expiry;

    @Inject
    PartnershipSettings settings;

    @Test
    void requestsExpireAfterTheConfiguredTtl() {
        assertThat(settings.requestTtl()).isEqualTo(Duration.ofDays(14));
        Setup s = Partnerships.setup(100, "students");
        UUID id = s.request(5);
        String requestedAt = as(s.principal()).get("/api/v1/partnerships/" + id).path("requestedAt");
        String expiresAt = as(s.principal()).get("/api/v1/partnerships/" + id).path("expiresAt");
        assertThat(Duration.between(Instant.parse(requestedAt), Instant.parse(expiresAt))).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void theJobExpiresOverdueRequestsOnly() {
        Setup s = Partnerships.setup(100, "students");
        UUID overdue = s.request(5);
        UUID fresh = s.withNewOffering(100, "students").request(5);
        UUID accepted = s.withNewOffering(100, "students").inState("accepted");
        Partnerships.makeOverdue(overdue);
        Db.update("UPDATE partnership SET requested_at = now() - INTERVAL '15 days', expires_at = now() - INTERVAL '1 day'"
                + " WHERE id = '" + accepted + "'");

        expiry.expireDue();

        assertThat(state(overdue)).isEqualTo("expired");
        assertThat(state(fresh)).isEqualTo("requested");
        assertThat(state(accepted)).isEqualTo("accepted");
        as(s.partner()).get("/api/v1/partnerships/" + overdue + "/events").then()
                .body("items[1].type", equalTo("partnership.expired"))
                .body("items[1].actorRole", equalTo("system"));
        Api.district().queryParam("entityId", overdue.toString()).queryParam("action", "partnership.expired")
                .get("/api/v1/audit").then().body("items[0].actor", equalTo("system"));
    }

    @Test
    void anOverdueRequestIsExpiredOnReadAndCannotBeAccepted() {
        Setup s = Partnerships.setup(100, "students");
        UUID id = s.request(5);
        Partnerships.makeOverdue(id);
        // no job has run: the accept itself finds the request past its expiry
        as(s.partner()).post("/api/v1/partnerships/" + id + "/accept").then().statusCode(409)
                .body("detail", containsString("'expired'"));
        as(s.principal()).get("/api/v1/partnerships/" + id).then().statusCode(200)
                .body("state", equalTo("expired")).body("capacityHeld", equalTo(0));
        assertThat(Partnerships.capacityUsed(s.offering())).isZero();
        // an expired request no longer blocks a new one
        s.request(5);

        UUID listed = s.withNewOffering(100, "students").request(3);
        Partnerships.makeOverdue(listed);
        as(s.principal()).queryParam("state", "expired").get("/api/v1/partnerships").then()
                .body("items.id", org.hamcrest.Matchers.hasItem(listed.toString()));
    }

    private static String state(UUID id) {
        return Db.text("SELECT state FROM partnership WHERE id = '" + id + "'");
    }
}
