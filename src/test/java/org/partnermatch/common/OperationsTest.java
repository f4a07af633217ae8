package org.partnermatch.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Management;

/** Health and metrics are on the management port, for probes and Prometheus; the public port does not serve them. */
@QuarkusTest
class OperationsTest {

    @Test
    void healthChecksIncludeTheDatabase() {
        Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Matching index' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Matching index' }.data.version", greaterThan(0));
    }

    @Test
    void prometheusMetrics() {
        given().get("/api/v1/schools").then().statusCode(200);
        Management.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void thePublicPortServesNeitherHealthDetailsNorMetrics() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live"}) {
            given().get(path).then().statusCode(404);
        }
    }
}
