package org.partnermatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnermatch.matching.MatchingService;
import org.partnermatch.search.SearchEngine;

/**
 * A start that does not load the demo directory, as in production: the matching and search indexes start loading from
 * Flyway's after-migrate callback, and the service is up with them loaded and live. (Every other test starts with the
 * demo directory and so loads the indexes at the start-up event; MatchResourceTest checks that path.)
 */
@QuarkusTest
@TestProfile(IndexLoadAfterMigrationTest.NoDemoData.class)
class IndexLoadAfterMigrationTest {

    public static class NoDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partnermatch.demo-data", "false");
        }
    }

    @Inject
    MatchingService matching;

    @Inject
    SearchEngine search;

    @Test
    void theIndexStartsLoadingRightAfterMigrationAndIsInWhenTheServiceIsUp() {
        assertThat(matching.loadingStartedAtMigration()).isTrue();
        assertThat(matching.feedStatus().state()).isEqualTo(ChangeFeed.State.LIVE);
        // this profile's database is fresh and holds no directory; the taxonomy comes with the migrations
        assertThat(matching.index().snapshot().taxonomy().parentOf()).containsKey("math");
        assertThat(search.loadingStartedAtMigration()).isTrue();
        search.loadedIndex();
        assertThat(search.feedStatus().state()).isEqualTo(ChangeFeed.State.LIVE);
    }
}
