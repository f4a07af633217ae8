package org.partnermatch.search;

import static org.partnermatch.support.Api.district;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnermatch.support.Api;

/** Builds search fixtures: a word no other record holds, organizations and offerings around it. */
final class SearchData {

    private SearchData() {
    }

    /** A word of ten letters that no other test data contains, so counts over it are exact. */
    static String marker() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            word.append((char) (Character.isDigit(c) ? 'g' + (c - '0') : c));
        }
        return word.toString();
    }

    /** A valid organization body (see {@link Api#organization()}) with these fields replaced. */
    static Map<String, Object> organization(Object... replacements) {
        Map<String, Object> body = Api.organization();
        for (int i = 0; i < replacements.length; i += 2) {
            body.put((String) replacements[i], replacements[i + 1]);
        }
        return body;
    }

    /** Registers an organization as district staff and approves it unless {@code approve} is false. */
    static UUID createOrganization(Map<String, Object> body, boolean approve) {
        UUID id = UUID.fromString(district().body(body).post("/api/v1/organizations").then().statusCode(201)
                .extract().path("id"));
        if (approve) {
            district().body(Map.of("status", "approved")).post("/api/v1/organizations/" + id + "/vetting")
                    .then().statusCode(200);
        }
        return id;
    }

    /** A valid offering body (see {@link Api#offering()}) with these fields replaced. */
    static Map<String, Object> offering(Object... replacements) {
        Map<String, Object> body = Api.offering();
        for (int i = 0; i < replacements.length; i += 2) {
            body.put((String) replacements[i], replacements[i + 1]);
        }
        return body;
    }

    static UUID createOffering(UUID organization, Map<String, Object> body) {
        return UUID.fromString(district().body(body).post("/api/v1/organizations/" + organization + "/offerings")
                .then().statusCode(201).extract().path("id"));
    }

    static UUID createOffering(UUID organization, String name, List<String> categories, List<String> languages,
                               List<String> timings, String cost) {
        return createOffering(organization, offering("name", name, "categories", categories, "languages", languages,
                "timings", timings, "cost", cost));
    }
}
