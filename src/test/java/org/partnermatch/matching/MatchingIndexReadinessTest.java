package org.partnermatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** A replica whose index has not loaded yet is not ready (its matches would all be empty). */
class MatchingIndexReadinessTest {

    @Test
    void anIndexThatHasNotLoadedIsDown() {
        CandidateIndex unloaded = new CandidateIndex(null, new SqlTrackRecords());

        HealthCheckResponse response = MatchingIndexReadiness.status(unloaded.snapshot());

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getName()).isEqualTo("Matching index");
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("version", 0L));
    }
}
