package org.partnermatch.school;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Tokens;

/** Equity figures and the quality rank are the district's: a school's own staff edit the rest of its profile. */
@QuarkusTest
class SchoolEquityOwnershipTest {

    @Test
    void aPrincipalEditsTheProfileButNotTheEquityFigures() {
        UUID school = Api.createSchool();
        String path = "/api/v1/schools/" + school;
        String principal = Tokens.principal(school);

        Map<String, Object> renamed = Api.school();
        as(principal).header("If-Match", Api.etag(path)).body(renamed).put(path).then().statusCode(200)
                .body("name", equalTo(renamed.get("name")));

        for (var change : Map.<String, Object>of("freeReducedLunchPercent", 100, "englishLearnerPercent", 45,
                "titleI", false, "qualityRank", 1).entrySet()) {
            Map<String, Object> body = Api.school();
            @SuppressWarnings("unchecked")
            Map<String, Object> equity = (Map<String, Object>) body.get("equity");
            equity.put(change.getKey(), change.getValue());
            as(principal).header("If-Match", Api.etag(path)).body(body).put(path).then().statusCode(403)
                    .contentType(containsString("application/problem+json"))
                    .body("detail", containsString("equity." + change.getKey()));
        }
        as(principal).get(path).then().statusCode(200)
                .body("equity.freeReducedLunchPercent", equalTo(78.5f)).body("equity.titleI", equalTo(true))
                .body("equity.qualityRank", equalTo(2)).body("equity.needIndex", equalTo(77.9f));

        Map<String, Object> district = Api.school();
        @SuppressWarnings("unchecked")
        Map<String, Object> equity = (Map<String, Object>) district.get("equity");
        equity.put("freeReducedLunchPercent", 85);
        Api.district().header("If-Match", Api.etag(path)).body(district).put(path).then().statusCode(200)
                .body("equity.freeReducedLunchPercent", equalTo(85));
    }
}
