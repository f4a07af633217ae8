package org.partnermatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnermatch.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Index;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Partnerships.Setup;

/** Schools' ratings of a partner reach the matching index and show up in the track-record factor and its reason. */
@QuarkusTest
class TrackRecordMatchingTest {

    @Inject
    MatchingService matching;

    @Test
    void ratingsFeedTheTrackRecordFactor() {
        Setup s = Partnerships.setup(100, "students");
        for (int rating : new int[] {5, 5, 4}) {
            Setup school = new Setup(Api.createSchool(), null, s.organization(), s.offering());
            UUID need = Api.createNeed(school.school());
            UUID id = UUID.fromString(as(school.principal())
                    .body(Partnerships.body(school.school(), s.offering(), need, 2)).post("/api/v1/partnerships")
                    .then().statusCode(201).extract().path("id"));
            Partnerships.act(id, "accept", s.partner(), null);
            Partnerships.act(id, "approve", school.principal(), null);
            Partnerships.act(id, "start", s.partner(), null);
            as(school.principal()).body(Map.of("rating", rating)).post("/api/v1/partnerships/" + id + "/feedback")
                    .then().statusCode(201);
        }
        Index.await(matching.index(), snap -> snap.organizations().get(s.organization()) != null
                && snap.organizations().get(s.organization()).trackRecord().ratingCount() == 3);

        UUID school = Api.createSchool();
        UUID need = Api.createNeed(school);
        JsonPath json = Api.district().get("/api/v1/needs/" + need + "/matches?limit=100").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> ours = json.<Map<String, Object>>getList("results").stream()
                .filter(r -> ((Map<String, Object>) r.get("organization")).get("id").equals(s.organization().toString()))
                .findFirst().orElseThrow();
        Map<String, Object> best = (Map<String, Object>) ours.get("best");
        Map<String, Object> factor = ((List<Map<String, Object>>) best.get("factors")).stream()
                .filter(f -> f.get("factor").equals("track_record")).findFirst().orElseThrow();
        // smoothed (14 + 5 × 3.5) / 8 = 3.94 on 1..5 → (3.94 − 1) / 4 ≈ 0.73, above the unrated 0.625
        assertThat(((Number) factor.get("score")).doubleValue()).isGreaterThan(0.7);
        assertThat(factor.get("reason").toString()).contains("from 3");
    }

    @Test
    void answersToRequestsFeedTheResponsivenessFactor() {
        Setup s = Partnerships.setup(100, "students");
        Index.awaitCandidate(matching.index(), s.offering());
        UUID accepted = s.request(2);
        Partnerships.act(accepted, "accept", s.partner(), null);
        Setup other = new Setup(s.school(), Api.createNeed(s.school()), s.organization(),
                Partnerships.offering(s.organization(), 100, "students"));
        Partnerships.act(other.request(2), "decline", s.partner(), Map.of("reason", "Full this term"));
        Index.await(matching.index(), snap -> snap.organizations().get(s.organization()) != null
                && snap.organizations().get(s.organization()).responsiveness().decided() == 2);

        UUID school = Api.createSchool();
        UUID need = Api.createNeed(school);
        JsonPath json = Api.district().get("/api/v1/needs/" + need + "/matches?limit=100").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> ours = json.<Map<String, Object>>getList("results").stream()
                .filter(r -> ((Map<String, Object>) r.get("organization")).get("id").equals(s.organization().toString()))
                .findFirst().orElseThrow();
        Map<String, Object> factor = ((List<Map<String, Object>>) ((Map<String, Object>) ours.get("best"))
                .get("factors")).stream().filter(f -> f.get("factor").equals("responsiveness")).findFirst()
                .orElseThrow();
        assertThat(factor.get("reason")).isEqualTo("Usually answers within a day; accepted 1 of 2 requests");
        assertThat(((Number) factor.get("weight")).doubleValue()).isEqualTo(0.5);
    }
}
