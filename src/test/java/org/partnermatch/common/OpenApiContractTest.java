package org.partnermatch.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed contract (openapi/openapi.yaml) is what the service serves. When the API changes on purpose,
 * regenerate it with {@code mvn test -Dtest=OpenApiContractTest -Dopenapi.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi/openapi.yaml");

    @Test
    void servedContractEqualsTheCommittedOne() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        Path copy = Path.of("target/openapi-served.yaml");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, served, StandardCharsets.UTF_8);
        assertThat(Files.exists(CONTRACT)).as("openapi/openapi.yaml is committed").isTrue();
        assertThat(normalise(served))
                .as("served /q/openapi differs from openapi/openapi.yaml (served copy in target/openapi-served.yaml; "
                        + "regenerate with -Dopenapi.update=true if the change is intended)")
                .isEqualTo(normalise(Files.readString(CONTRACT, StandardCharsets.UTF_8)));
    }

    @Test
    void everyOperationHasASummaryAndProblemResponses() {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        io.restassured.path.json.JsonPath json = new io.restassured.path.json.JsonPath(served);
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = json.getMap("paths");
        assertThat(paths).isNotEmpty();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            assertThat(operation.get("summary")).as(method + " " + path + " summary").isNotNull();
            java.util.Map<String, Object> responses = (java.util.Map<String, Object>) operation.get("responses");
            assertThat(responses).as(method + " " + path).containsKeys("401", "500");
        }));
    }

    private static String normalise(String yaml) {
        return yaml.replace("\r\n", "\n").strip();
    }
}
