package org.partnermatch.matching;

import org.partnermatch.common.ChangeFeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnermatch.common.ChangeFeed.State;
import org.partnermatch.common.ChangeFeed.Status;
import org.partnermatch.matching.core.TrackRecord;
import org.partnermatch.support.Api;
import org.partnermatch.support.EmbeddedPostgresResource;
import org.partnermatch.support.Index;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A change feed whose index fails with an {@link Error} (as an OutOfMemoryError does when the heap is too small for
 * the directory) keeps running: readiness is DOWN while it retries, with the reason, and UP again once a reload
 * succeeds. The failures are injected through the index's track-record source, which every reload and every
 * organization change reads. A second replica's stack on the suite's database, as in {@link ReplicaSyncTest}.
 */
@QuarkusTest
class ChangeFeedRecoveryTest {

    private final FailingTrackRecords trackRecords = new FailingTrackRecords();
    private CandidateIndex replica;
    private ChangeFeed feed;

    @BeforeEach
    void secondReplica() {
        PGSimpleDataSource dataSource = EmbeddedPostgresResource.dataSource("replica-recovery");
        replica = new CandidateIndex(dataSource, trackRecords);
        feed = new ChangeFeed("matching", dataSource, replica, Duration.ofMillis(100), Duration.ofMillis(400), Duration.ZERO);
    }

    @AfterEach
    void stop() {
        feed.close();
    }

    @Test
    void anErrorDuringTheFirstLoadIsRetriedAndReadinessFollows() throws InterruptedException {
        trackRecords.failWith(() -> new OutOfMemoryError("Java heap space (simulated by the test)"));
        feed.start();

        // fails, backs off and tries again, without dying; nothing is served meanwhile
        awaitFeed(s -> s.state() == State.RECOVERING && s.failures() >= 3);
        assertThat(feed.awaitFirstLoad(Duration.ZERO)).isFalse();
        HealthCheckResponse down = readiness();
        assertThat(down.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(down.getData()).hasValueSatisfying(data -> assertThat(data)
                .containsEntry("version", 0L).containsEntry("feed", "recovering")
                .hasEntrySatisfying("reason", reason -> assertThat(reason.toString())
                        .contains("loading the index").contains("OutOfMemoryError")));

        trackRecords.recover();
        assertThat(feed.awaitFirstLoad(Duration.ofSeconds(20))).isTrue();
        awaitFeed(Status::live);
        HealthCheckResponse up = readiness();
        assertThat(up.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat((Long) up.getData().orElseThrow().get("version")).isPositive();
    }

    @Test
    void anErrorWhileApplyingIsFollowedByAFullReloadThatBringsTheMissedChangeIn() throws InterruptedException {
        feed.start();
        assertThat(feed.awaitFirstLoad(Duration.ofSeconds(30))).isTrue();
        assertThat(readiness().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

        trackRecords.failWith(() -> new OutOfMemoryError("Java heap space (simulated by the test)"));
        long before = replica.snapshot().version();
        Map<UUID, ?> organizationsBefore = replica.snapshot().organizations();
        UUID organization = Api.createOrganization(true); // its announcement reaches apply, which fails

        awaitFeed(s -> s.state() == State.RECOVERING);
        assertThat(readiness().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        // the failed apply published nothing: readers still have the previous snapshot, whole
        assertThat(replica.snapshot().version()).isEqualTo(before);
        assertThat(replica.snapshot().organizations()).isSameAs(organizationsBefore);

        trackRecords.recover();
        awaitFeed(Status::live);
        // the change whose notification was consumed by the failed apply came in with the reload
        Index.await(replica, s -> s.organizations().containsKey(organization));
        assertThat(readiness().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void aFeedThreadThatEndsAnywayIsReportedDead() {
        // Not an Exception nor an Error: nothing the feed retries, so its thread ends, as it would if even the
        // failure handling failed. Readiness must show it rather than keep the last answer.
        trackRecords.failWith(() -> new Throwable("simulated by the test"));
        feed.start();

        awaitFeed(s -> s.state() == State.DEAD);
        HealthCheckResponse response = readiness();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("feed", "dead")
                .hasEntrySatisfying("reason", reason -> assertThat(reason.toString()).contains("has ended")));
    }

    @Test
    void aClosedFeedIsNotReady() throws InterruptedException {
        feed.start();
        assertThat(feed.awaitFirstLoad(Duration.ofSeconds(30))).isTrue();

        feed.close();

        assertThat(feed.status().state()).isEqualTo(State.STOPPED);
        assertThat(readiness().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    @Test
    void startingTwiceStartsOneFeed() throws InterruptedException {
        // start-up starts the feed right after migration and again at the start-up event; the second is a no-op
        // (a thread started twice would throw)
        feed.start();
        feed.start();

        assertThat(feed.awaitFirstLoad(Duration.ofSeconds(30))).isTrue();
        awaitFeed(s -> s.state() == State.LIVE);
    }

    private HealthCheckResponse readiness() {
        return MatchingIndexReadiness.status(replica.snapshot(), feed.status());
    }

    private void awaitFeed(Predicate<Status> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.test(feed.status())) {
            assertThat(System.nanoTime()).as("the feed did not get there within 20 s: %s", feed.status())
                    .isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    /** Track records from the database, or a failure while told to fail. */
    private static final class FailingTrackRecords implements TrackRecords {

        private final TrackRecords real = new SqlTrackRecords();
        private volatile Supplier<Throwable> failure;

        void failWith(Supplier<Throwable> failure) {
            this.failure = failure;
        }

        void recover() {
            this.failure = null;
        }

        @Override
        public Map<UUID, TrackRecord> all(Connection connection) throws SQLException {
            fail();
            return real.all(connection);
        }

        @Override
        public Map<UUID, TrackRecord> of(Connection connection, Set<UUID> organizationIds) throws SQLException {
            fail();
            return real.of(connection, organizationIds);
        }

        private void fail() {
            Supplier<Throwable> current = failure;
            if (current != null) {
                ChangeFeedRecoveryTest.<RuntimeException>sneakyThrow(current.get());
            }
        }
    }
}
