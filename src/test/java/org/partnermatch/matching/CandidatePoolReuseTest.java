package org.partnermatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.matching.core.CandidatePool;
import org.partnermatch.matching.core.MatchCandidate;
import org.partnermatch.support.Api;
import org.partnermatch.support.Index;

/** A change to one offering rebuilds the candidate pools of its categories and their relatives only. */
@QuarkusTest
class CandidatePoolReuseTest {

    @Inject
    MatchingService matching;

    private static String category() {
        String code = "pr-" + UUID.randomUUID().toString().substring(0, 8);
        Api.district().body(Map.of("code", code, "name", "Pool " + code)).post("/api/v1/categories").then().statusCode(201);
        return code;
    }

    private UUID offering(UUID organization, String category) {
        Map<String, Object> body = Api.offering();
        body.put("categories", List.of(category));
        UUID id = UUID.fromString(Api.district().body(body).post("/api/v1/organizations/" + organization + "/offerings")
                .then().statusCode(201).extract().path("id"));
        Index.awaitCandidate(matching.index(), id);
        return id;
    }

    private static List<UUID> offeringIds(CandidatePool pool) {
        return pool.candidates().stream().map(MatchCandidate::offering).map(o -> o.id()).toList();
    }

    @Test
    void poolsOfUnchangedCategoriesCarryOverToTheNextSnapshot() {
        String changed = category();
        String untouched = category(); // both top-level: neither is the other's relative
        UUID organization = Api.createOrganization(true);
        UUID first = offering(organization, changed);
        // another organization: a new offering announces its organization as changed too
        UUID other = offering(Api.createOrganization(true), untouched);

        CandidateIndex.Snapshot before = matching.index().snapshot();
        CandidatePool changedBefore = before.poolFor(changed);
        CandidatePool untouchedBefore = before.poolFor(untouched);
        assertThat(offeringIds(changedBefore)).containsExactly(first);

        UUID second = offering(organization, changed);
        CandidateIndex.Snapshot after = matching.index().snapshot();

        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(after.poolFor(untouched)).isSameAs(untouchedBefore);
        assertThat(offeringIds(after.poolFor(untouched))).containsExactly(other);
        assertThat(after.poolFor(changed)).isNotSameAs(changedBefore);
        assertThat(offeringIds(after.poolFor(changed))).containsExactlyInAnyOrder(first, second);
    }
}
