package org.partnermatch.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;

/** Plans are kept in the database with their scope: a restart (the in-memory jobs forgotten) loses nothing. */
@QuarkusTest
class AllocationPlansTest {

    @Inject
    AllocationService allocations;

    @Test
    void aPlanAndItsScopeSurviveARestart() {
        JsonPath made = Api.district().body(Map.of("region", "Northwest", "category", "academic", "minScore", 0.4))
                .post("/api/v1/allocations").then().statusCode(201).body("status", equalTo("done"))
                .body("scope.region", equalTo("Northwest")).body("scope.category", equalTo("academic"))
                .extract().jsonPath();
        String id = made.getString("id");
        assertThat(Db.text("SELECT region || '/' || category || '/' || min_score FROM allocation_plan WHERE id = '"
                + id + "'")).isEqualTo("Northwest/academic/0.4000");

        allocations.forgetInMemory();

        JsonPath kept = Api.district().get("/api/v1/allocations/" + id).then().statusCode(200)
                .body("status", equalTo("done")).body("scope.region", equalTo("Northwest"))
                .body("scope.minScore", equalTo(0.4f)).extract().jsonPath();
        assertThat(kept.getMap("plan")).isEqualTo(made.getMap("plan"));
        assertThat(kept.getString("createdAt")).isEqualTo(made.getString("createdAt"));
        assertThat(allocations.recent(50)).anyMatch(job -> job.id().toString().equals(id));
    }

    @Test
    void aPlanLostMidwayReadsAsFailedWithAPlainReason() {
        UUID id = UUID.randomUUID();
        Db.update("INSERT INTO allocation_plan (id, status, min_score, created_at) VALUES ('" + id
                + "', 'running', 0.5, now())");
        Api.district().get("/api/v1/allocations/" + id).then().statusCode(200)
                .body("status", equalTo("failed"))
                .body("error", equalTo("The server restarted before this plan was finished; run it again."))
                .body("scope.region", equalTo(null));
        Api.district().get("/api/v1/allocations/" + UUID.randomUUID()).then().statusCode(404);
    }
}
