package org.partnermatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.matching.core.CandidatePool;
import org.partnermatch.matching.core.MatchCandidate;
import org.partnermatch.support.Api;
import org.partnermatch.support.EmbeddedPostgresResource;
import org.partnermatch.support.Index;

/**
 * A change to one offering rebuilds the candidate pools of its categories and their relatives only, and a snapshot
 * built from changes holds exactly the candidates a full load of the same rows holds, in the same order.
 */
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

    @Test
    void aSnapshotBuiltFromChangesHoldsWhatAFullLoadHolds() {
        String first = category();
        String second = category();
        UUID a = Api.createOrganization(true);
        UUID b = Api.createOrganization(true);
        UUID a1 = offering(a, first);
        UUID a2 = offering(a, second);
        UUID b1 = offering(b, second);
        assertSameAsFullLoad();

        // an organization suspended: every one of its candidates leaves, from both categories and from its own list
        Api.district().body(Map.of("status", "suspended")).post("/api/v1/organizations/" + a + "/vetting")
                .then().statusCode(200);
        Index.await(matching.index(), s -> !s.candidates().containsKey(a1) && !s.candidates().containsKey(a2));
        assertSameAsFullLoad();

        // approved again: they come back, by way of the organization alone (its offerings did not change)
        Api.district().body(Map.of("status", "approved", "note", "on file")).post("/api/v1/organizations/" + a + "/vetting")
                .then().statusCode(200);
        Index.await(matching.index(), s -> s.candidates().containsKey(a1) && s.candidates().containsKey(a2));
        assertSameAsFullLoad();

        // an offering moved to the other category, and one made inactive
        Map<String, Object> moved = Api.offering();
        moved.put("categories", List.of(first));
        Api.district().header("If-Match", Api.etag("/api/v1/offerings/" + b1)).body(moved)
                .put("/api/v1/offerings/" + b1).then().statusCode(200);
        Map<String, Object> inactive = Api.offering();
        inactive.put("categories", List.of(first));
        inactive.put("active", false);
        Api.district().header("If-Match", Api.etag("/api/v1/offerings/" + a1)).body(inactive)
                .put("/api/v1/offerings/" + a1).then().statusCode(200);
        Index.await(matching.index(), s -> !s.candidates().containsKey(a1)
                && s.candidatesByCategory().getOrDefault(first, List.of()).stream().anyMatch(c -> c.offering().id().equals(b1)));
        assertSameAsFullLoad();
        assertThat(offeringIds(matching.index().snapshot().poolFor(second))).containsExactly(a2);
    }

    /** The live index, built from the changes announced since the start, against a second index loaded whole. */
    private void assertSameAsFullLoad() {
        CandidateIndex loaded = new CandidateIndex(EmbeddedPostgresResource.dataSource("index-loaded-whole"),
                new SqlTrackRecords());
        loaded.reloadAll();
        CandidateIndex.Snapshot live = matching.index().snapshot();
        CandidateIndex.Snapshot whole = loaded.snapshot();
        assertThat(new TreeMap<>(live.candidates()).keySet()).isEqualTo(new TreeMap<>(whole.candidates()).keySet());
        assertThat(ids(live.candidatesByCategory())).isEqualTo(ids(whole.candidatesByCategory()));
        assertThat(ids(live.candidatesByOrganization())).isEqualTo(ids(whole.candidatesByOrganization()));
    }

    /** Each group's offering ids, in the snapshot's order. */
    private static <K extends Comparable<K>> Map<K, List<UUID>> ids(Map<K, List<MatchCandidate>> groups) {
        Map<K, List<UUID>> out = new LinkedHashMap<>();
        new TreeMap<>(groups).forEach((key, list) -> out.put(key, list.stream().map(c -> c.offering().id()).toList()));
        return out;
    }
}
