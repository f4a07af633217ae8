package org.partnermatch.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the served contract tells a generated client: parameters with real types and bounds, path ids as UUIDs,
 * always-present response fields under {@code required} (and the others not), and a bound on every string, integer
 * and array a client sends.
 */
@QuarkusTest
class OpenApiTypesTest {

    private JsonPath contract;

    @BeforeEach
    void read() {
        contract = new JsonPath(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    private Map<String, Object> parameter(String path, String method, String name) {
        List<Map<String, Object>> parameters = contract.getList("paths.'" + path + "'." + method + ".parameters");
        return parameters.stream().filter(p -> name.equals(p.get("name"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> schema(Map<String, Object> parameter) {
        Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
        Object ref = schema.get("$ref");
        return ref == null ? schema : contract.getMap("components.schemas." + ref.toString().replaceAll(".*/", ""));
    }

    @Test
    void pathIdsAreUuidsAndQueryParametersHaveTheirTypes() {
        assertThat(schema(parameter("/api/v1/schools/{id}", "get", "id")))
                .containsEntry("format", "uuid").containsEntry("maxLength", 36);
        Map<String, Object> page = schema(parameter("/api/v1/offerings", "get", "page"));
        assertThat(page).containsEntry("type", "integer").containsEntry("format", "int32")
                .containsEntry("minimum", 0).containsEntry("maximum", 1_000_000).containsEntry("default", 0);
        assertThat(schema(parameter("/api/v1/offerings", "get", "size")))
                .containsEntry("minimum", 1).containsEntry("maximum", 100);
        assertThat(schema(parameter("/api/v1/offerings", "get", "active"))).containsEntry("type", "boolean");
        assertThat((List<String>) schema(parameter("/api/v1/needs", "get", "status")).get("enum"))
                .containsExactly("open", "met", "closed");
        assertThat(schema(parameter("/api/v1/offerings", "get", "q"))).containsEntry("maxLength", 200);
        assertThat(schema(parameter("/api/v1/exports/hsds/services", "get", "per_page")))
                .containsEntry("type", "integer").containsEntry("minimum", 1).containsEntry("maximum", 100);
        assertThat(schema(parameter("/api/v1/needs/{id}", "put", "If-Match"))).containsEntry("maxLength", 64);
    }

    @Test
    void alwaysPresentResponseFieldsAreRequired() {
        assertThat(contract.getList("components.schemas.Need.required", String.class))
                .contains("id", "schoolId", "title", "gradeLow", "priority", "timings", "status", "version")
                .doesNotContain("description");
        assertThat(contract.getList("components.schemas.SearchPageOfferingResponse.required", String.class))
                .containsExactlyInAnyOrder("items", "page", "size", "totalItems", "totalPages");
        assertThat(contract.getList("components.schemas.Partnership.required", String.class))
                .contains("id", "state", "requestedAt").doesNotContain("declineReason", "cancelReason", "startedAt");
        // a boxed number says by its type that it may be absent
        assertThat(contract.getList("components.schemas.School.required", String.class))
                .contains("id", "name").doesNotContain("enrollment", "latitude");
        // problem details leave out an empty detail, instance or violation list
        assertThat(contract.getList("components.schemas.Problem.required", String.class))
                .containsExactlyInAnyOrder("type", "title", "status");
        // a request body's required fields stay Bean Validation's
        assertThat(contract.getList("components.schemas.NeedRequest.required", String.class))
                .doesNotContain("description");
    }

    @Test
    void everyIntegerHasAFormat() {
        List<String> missing = new ArrayList<>();
        walk(contract.getMap("$"), "$", missing);
        assertThat(missing).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void walk(Object node, String at, List<String> missing) {
        if (node instanceof Map<?, ?> map) {
            if ("integer".equals(map.get("type")) && map.get("format") == null) {
                missing.add(at);
            }
            map.forEach((k, v) -> walk(v, at + "." + k, missing));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), at + "[" + i + "]", missing);
            }
        }
    }
}
