package org.partnermatch.matching;

import org.partnermatch.common.ChangeFeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A start that does not load the demo directory, as in production: the index starts loading from Flyway's
 * after-migrate callback, and the service is up with it loaded and live. (Every other test starts with the demo directory
 * and so loads the index at the start-up event; {@link MatchResourceTest} checks that path.)
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

    @Test
    void theIndexStartsLoadingRightAfterMigrationAndIsInWhenTheServiceIsUp() {
        assertThat(matching.loadingStartedAtMigration()).isTrue();
        assertThat(matching.feedStatus().state()).isEqualTo(ChangeFeed.State.LIVE);
        // this profile's database is fresh and holds no directory; the taxonomy comes with the migrations
        assertThat(matching.index().snapshot().taxonomy().parentOf()).containsKey("math");
    }
}
