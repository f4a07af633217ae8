package org.partnermatch.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnermatch.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Tokens;

/**
 * Capacity is never overbooked, whatever the concurrency: many partners' accepts race for one offering, and the
 * database lets exactly as many through as fit. Each run uses a fresh offering and requests from 32 different schools.
 */
@QuarkusTest
class CapacityConcurrencyTest {

    private static final int SCHOOLS = 32;
    private static final int RUNS = 12;

    private static final List<UUID> schools = new ArrayList<>();
    private static final List<UUID> needs = new ArrayList<>();
    private static ExecutorService pool;

    @BeforeAll
    static void schools() {
        pool = Executors.newFixedThreadPool(SCHOOLS);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    private static synchronized void ensureSchools() {
        while (schools.size() < SCHOOLS) {
            UUID school = Api.createSchool();
            schools.add(school);
            needs.add(Api.createNeed(school));
        }
    }

    @Test
    void thirtyTwoConcurrentAcceptsOnCapacityThreeAlwaysAcceptExactlyThree() throws Exception {
        ensureSchools();
        for (int run = 0; run < RUNS; run++) {
            UUID organization = Api.createOrganization(true);
            UUID offering = Partnerships.offering(organization, 3, "schools");
            List<UUID> requests = requestFromEverySchool(offering, 1);
            List<Integer> statuses = acceptAllAtOnce(requests, Tokens.partner(organization));

            assertThat(statuses).as("run " + run).containsOnly(200, 409);
            assertThat(statuses.stream().filter(s -> s == 200).count()).as("accepted in run " + run).isEqualTo(3);
            assertDatabaseAgrees(offering, 3, 3);
        }
    }

    @Test
    void studentCapacityIsNeverExceededEither() throws Exception {
        ensureSchools();
        for (int run = 0; run < 3; run++) {
            UUID organization = Api.createOrganization(true);
            // 10 students of capacity, each request asks for 3: three fit (9), a fourth never does
            UUID offering = Partnerships.offering(organization, 10, "students");
            List<UUID> requests = requestFromEverySchool(offering, 3);
            List<Integer> statuses = acceptAllAtOnce(requests, Tokens.partner(organization));
            assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(3);
            assertDatabaseAgrees(offering, 9, 3);
        }
    }

    @Test
    void concurrentMovesOfOnePartnershipLetExactlyOneThrough() throws Exception {
        ensureSchools();
        UUID organization = Api.createOrganization(true);
        UUID offering = Partnerships.offering(organization, 50, "students");
        UUID id = UUID.fromString(as(Tokens.principal(schools.get(0)))
                .body(Partnerships.body(schools.get(0), offering, needs.get(0), 2))
                .post("/api/v1/partnerships").then().statusCode(201).extract().path("id"));
        String partner = Tokens.partner(organization);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            boolean accept = i % 2 == 0;
            futures.add(pool.submit(() -> {
                go.await();
                var request = as(partner);
                if (!accept) {
                    request.body(Map.of("reason", "racing"));
                }
                return request.post("/api/v1/partnerships/" + id + (accept ? "/accept" : "/decline")).statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : futures) {
            statuses.add(f.get());
        }
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(statuses).containsOnly(200, 409);
        String state = Db.text("SELECT state FROM partnership WHERE id = '" + id + "'");
        assertThat(Partnerships.capacityUsed(offering)).isEqualTo(state.equals("accepted") ? 2 : 0);
        assertThat(Db.number("SELECT count(*) FROM partnership_event WHERE partnership_id = '" + id + "'")).isEqualTo(2);
    }

    private static List<UUID> requestFromEverySchool(UUID offering, int students) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < SCHOOLS; i++) {
            ids.add(UUID.fromString(as(Tokens.principal(schools.get(i)))
                    .body(Partnerships.body(schools.get(i), offering, needs.get(i), students))
                    .post("/api/v1/partnerships").then().statusCode(201).extract().path("id")));
        }
        return ids;
    }

    /** One request per partnership, all released at the same moment; the statuses they got. */
    private static List<Integer> acceptAllAtOnce(List<UUID> requests, String partner) throws Exception {
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (UUID id : requests) {
            Callable<Integer> accept = () -> {
                ready.countDown();
                go.await();
                return as(partner).post("/api/v1/partnerships/" + id + "/accept").statusCode();
            };
            futures.add(pool.submit(accept));
        }
        ready.await();
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> future : futures) {
            statuses.add(future.get());
        }
        return statuses;
    }

    /** The rows themselves: capacity used, what accepted partnerships hold, and the CHECK never breached. */
    private static void assertDatabaseAgrees(UUID offering, int expectedUsed, int expectedAccepted) throws Exception {
        try (Connection c = Db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT o.capacity, o.capacity_used,"
                     + " (SELECT count(*) FROM partnership p WHERE p.offering_id = o.id AND p.state = 'accepted'),"
                     + " (SELECT coalesce(sum(capacity_held), 0) FROM partnership p WHERE p.offering_id = o.id)"
                     + " FROM offering o WHERE o.id = '" + offering + "'")) {
            rs.next();
            int capacity = rs.getInt(1);
            int used = rs.getInt(2);
            assertThat(used).isLessThanOrEqualTo(capacity).isEqualTo(expectedUsed);
            assertThat(rs.getInt(3)).isEqualTo(expectedAccepted);
            assertThat(rs.getInt(4)).as("capacity held by partnerships").isEqualTo(used);
        }
    }
}
