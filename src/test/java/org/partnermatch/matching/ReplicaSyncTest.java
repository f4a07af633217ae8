package org.partnermatch.matching;

import org.partnermatch.common.ChangeFeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.EmbeddedPostgresResource;
import org.partnermatch.support.Index;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A second replica's matching stack (its own index and change feed, its own connections) on the same database:
 * what the first replica writes through the API reaches the second one's index through LISTEN/NOTIFY, and the feed
 * recovers from a dropped connection by reloading.
 */
@QuarkusTest
class ReplicaSyncTest {

    private CandidateIndex replica;
    private ChangeFeed feed;

    @BeforeEach
    void startSecondReplica() throws InterruptedException {
        PGSimpleDataSource dataSource = EmbeddedPostgresResource.dataSource("replica-two");
        replica = new CandidateIndex(dataSource, new SqlTrackRecords());
        feed = new ChangeFeed("matching", dataSource, replica, Duration.ofMillis(200)).start();
        assertThat(feed.awaitFirstLoad(Duration.ofSeconds(30))).isTrue();
    }

    @AfterEach
    void stopSecondReplica() {
        feed.close();
    }

    @Test
    void writesThroughTheApiReachTheOtherReplica() {
        UUID org = Api.createOrganization(true);
        long start = System.nanoTime();
        UUID offering = Api.createOffering(org);
        Index.awaitCandidate(replica, offering);
        System.out.printf("replica two saw the new offering %.1f ms after the API answered%n",
                (System.nanoTime() - start) / 1e6);

        district().body(Map.of("status", "suspended")).post("/api/v1/organizations/" + org + "/vetting")
                .then().statusCode(200);
        Index.await(replica, s -> !s.candidates().containsKey(offering));

        // a school without a quality rank (optional) and an organization without a location (virtual only)
        Map<String, Object> body = Api.school();
        ((Map<String, Object>) body.get("equity")).remove("qualityRank");
        UUID school = UUID.fromString(district().body(body).post("/api/v1/schools").then().statusCode(201)
                .extract().path("id"));
        UUID need = Api.createNeed(school);
        Index.await(replica, s -> s.openNeeds().containsKey(need) && s.schools().containsKey(school));
        assertThat(replica.snapshot().schools().get(school).qualityRank()).isNull();
        Map<String, Object> placeless = Api.organization();
        placeless.remove("latitude");
        placeless.remove("address"); // a ZIP code would place it at the ZIP code's centre
        placeless.remove("longitude");
        placeless.remove("serviceRadiusKm");
        UUID virtualOrg = UUID.fromString(district().body(placeless).post("/api/v1/organizations").then()
                .statusCode(201).extract().path("id"));
        Index.await(replica, s -> s.organizations().containsKey(virtualOrg)
                && s.organizations().get(virtualOrg).latitude() == null);
        district().delete("/api/v1/needs/" + need).then().statusCode(204);
        Index.await(replica, s -> !s.openNeeds().containsKey(need));
    }

    @Test
    void changesArrivingTogetherGoInTogether() throws Exception {
        UUID org = Api.createOrganization(true);
        PGSimpleDataSource dataSource = EmbeddedPostgresResource.dataSource("replica-two");
        CandidateIndex gathering = new CandidateIndex(dataSource, new SqlTrackRecords());
        try (ChangeFeed slow = new ChangeFeed("matching", dataSource, gathering, Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofSeconds(1)).start()) {
            assertThat(slow.awaitFirstLoad(Duration.ofSeconds(30))).isTrue();
            Index.await(gathering, s -> s.organizations().containsKey(org));
            long before = gathering.snapshot().version();
            // ten commits 50 ms apart, each announced (a feed without gathering applies each alone: its batches only
            // take what arrives within 5 ms): the first is applied at once, the rest gather for a second
            try (Connection c = EmbeddedPostgresResource.connect();
                 java.sql.PreparedStatement rename = c.prepareStatement("UPDATE organization SET name = ? WHERE id = ?")) {
                for (int i = 1; i <= 10; i++) {
                    rename.setString(1, "Gathered " + i);
                    rename.setObject(2, org);
                    rename.executeUpdate();
                    Thread.sleep(50);
                }
            }
            Index.await(gathering, s -> "Gathered 10".equals(s.organizations().get(org).name()));
            // ten snapshots when every change is applied as it arrives; one or two here (three if another test's
            // write landed in between)
            assertThat(gathering.snapshot().version() - before).isBetween(1L, 3L);
        }
    }

    @Test
    void recoversFromALostConnection() throws Exception {
        try (Connection c = EmbeddedPostgresResource.connect();
             Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'replica-two'");
        }
        UUID offering = Api.createOffering(Api.createOrganization(true));
        // announced while the feed may have been down: the reload after reconnecting brings it in either way
        Index.awaitCandidate(replica, offering);
    }
}
