package org.partnermatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.partnermatch.common.ChangeFeed.State;
import org.partnermatch.common.ChangeFeed.Status;
import org.partnermatch.matching.CandidateIndex.Snapshot;
import org.partnermatch.matching.core.Taxonomy;

/**
 * A replica whose index has not loaded yet is not ready (its matches would all be empty), nor is one whose change
 * feed is not live (its index may be stale, or will never be updated again).
 */
class MatchingIndexReadinessTest {

    private static final Status LIVE = new Status(State.LIVE, null, 0);

    @Test
    void anIndexThatHasNotLoadedIsDown() {
        CandidateIndex unloaded = new CandidateIndex(null, new SqlTrackRecords());

        HealthCheckResponse response = MatchingIndexReadiness.status(unloaded.snapshot(),
                new Status(State.STARTING, "the change feed is loading the index", 0));

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getName()).isEqualTo("Matching index");
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("version", 0L)
                .containsEntry("feed", "starting").containsEntry("reason", "the change feed is loading the index"));
    }

    @Test
    void aLoadedIndexWithALiveFeedIsUp() {
        HealthCheckResponse response = MatchingIndexReadiness.status(loaded(), LIVE);

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("version", 7L)
                .containsEntry("feed", "live").doesNotContainKey("reason").doesNotContainKey("failures"));
    }

    @Test
    void aLoadedIndexWhoseFeedIsRecoveringIsDown() {
        Status recovering = new Status(State.RECOVERING, "the change feed failed while loading the index "
                + "(OutOfMemoryError) and is reconnecting and reloading; changes may have been missed", 2);

        HealthCheckResponse response = MatchingIndexReadiness.status(loaded(), recovering);

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("version", 7L)
                .containsEntry("feed", "recovering").containsEntry("reason", recovering.reason())
                .containsEntry("failures", 2L));
    }

    @Test
    void aLoadedIndexWhoseFeedHasDiedIsDown() {
        Status dead = new Status(State.DEAD, "the change feed thread has ended; the index is no longer kept current", 0);

        HealthCheckResponse response = MatchingIndexReadiness.status(loaded(), dead);

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("feed", "dead")
                .containsEntry("reason", dead.reason()));
    }

    private static Snapshot loaded() {
        return new Snapshot(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Taxonomy.empty(), 7,
                new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }
}
