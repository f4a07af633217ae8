package org.partnermatch.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Partnerships.Setup;
import org.partnermatch.support.Tokens;

@QuarkusTest
class IdempotencyTest {

    record Answer(int status, String location, String body, String replayed) {
    }

    @Test
    void twentyParallelIdenticalRequestsCreateOneRowAndGetTheSameAnswer() throws Exception {
        Setup s = Partnerships.setup(100, "students");
        String key = "create-" + UUID.randomUUID();
        Map<String, Object> body = Partnerships.body(s.school(), s.offering(), s.need(), 12);
        List<Answer> answers = parallel(20, () -> {
            Response r = as(s.principal()).header("Idempotency-Key", key).body(body).post("/api/v1/partnerships");
            return new Answer(r.statusCode(), r.header("Location"), r.asString(), r.header("Idempotent-Replayed"));
        });
        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(new HashSet<>(answers.stream().map(Answer::body).toList())).hasSize(1);
        assertThat(new HashSet<>(answers.stream().map(Answer::location).toList())).hasSize(1);
        assertThat(answers.stream().filter(a -> a.replayed() == null).count()).as("answers that did the work").isEqualTo(1);
        assertThat(Db.number("SELECT count(*) FROM partnership WHERE offering_id = '" + s.offering() + "'")).isEqualTo(1);
        assertThat(Db.number("SELECT count(*) FROM partnership_event e JOIN partnership p ON p.id = e.partnership_id"
                + " WHERE p.offering_id = '" + s.offering() + "'")).isEqualTo(1);
        // a later retry still gets the first response
        as(s.principal()).header("Idempotency-Key", key).body(body).post("/api/v1/partnerships").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(
                        new io.restassured.path.json.JsonPath(answers.get(0).body()).getString("id")));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndKeysAreScopedToTheCaller() {
        Setup s = Partnerships.setup(100, "students");
        String key = "k-" + UUID.randomUUID();
        as(s.principal()).header("Idempotency-Key", key)
                .body(Partnerships.body(s.school(), s.offering(), s.need(), 12))
                .post("/api/v1/partnerships").then().statusCode(201);
        as(s.principal()).header("Idempotency-Key", key)
                .body(Partnerships.body(s.school(), s.offering(), s.need(), 13))
                .post("/api/v1/partnerships").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"));

        // another caller's identical key is theirs alone: it does its own work
        Setup other = Partnerships.setup(100, "students");
        as(other.principal()).header("Idempotency-Key", key)
                .body(Partnerships.body(other.school(), other.offering(), other.need(), 12))
                .post("/api/v1/partnerships").then().statusCode(201).header("Idempotent-Replayed", (String) null);

        // kept at least 24 hours
        assertThat(Db.number("SELECT count(*) FROM idempotency_key WHERE idem_key = '" + key + "'"
                + " AND expires_at >= created_at + INTERVAL '24 hours'")).isEqualTo(2);
        as(s.principal()).header("Idempotency-Key", "bad key with spaces")
                .body(Partnerships.body(s.school(), s.offering(), s.need(), 12))
                .post("/api/v1/partnerships").then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aFailedRequestLeavesNoKeySoARetryRunsAgain() {
        Setup s = Partnerships.setup(100, "students");
        String key = "retry-" + UUID.randomUUID();
        district(key, Partnerships.body(s.school(), s.offering(), s.need(), 12)).then().statusCode(201);
        UUID otherSchool = Api.createSchool();
        UUID need = Api.createNeed(otherSchool);
        Setup suspended = Partnerships.setup(100, "students");
        Api.district().body(Map.of("status", "suspended")).post("/api/v1/organizations/" + suspended.organization() + "/vetting")
                .then().statusCode(200);
        String failing = "fail-" + UUID.randomUUID();
        Map<String, Object> body = Partnerships.body(otherSchool, suspended.offering(), need, 3);
        district(failing, body).then().statusCode(409);
        Api.district().body(Map.of("status", "approved")).post("/api/v1/organizations/" + suspended.organization() + "/vetting")
                .then().statusCode(200);
        district(failing, body).then().statusCode(201).header("Idempotent-Replayed", (String) null);
    }

    /** More parallel retries (40) than the connection pool has connections (16). */
    @Test
    void feedbackRetriesAreIdempotentToo() throws Exception {
        Setup s = Partnerships.setup(100, "students");
        UUID id = s.inState("active");
        String key = "fb-" + UUID.randomUUID();
        List<Answer> answers = parallel(40, () -> {
            Response r = as(s.principal()).header("Idempotency-Key", key).body(Map.of("rating", 4, "comment", "Good"))
                    .post("/api/v1/partnerships/" + id + "/feedback");
            return new Answer(r.statusCode(), r.header("Location"), r.asString(), r.header("Idempotent-Replayed"));
        });
        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(new HashSet<>(answers.stream().map(Answer::body).toList())).hasSize(1);
        assertThat(Db.number("SELECT count(*) FROM partnership_feedback WHERE partnership_id = '" + id + "'")).isEqualTo(1);
        as(s.principal()).header("Idempotency-Key", key).body(Map.of("rating", 5, "comment", "Good"))
                .post("/api/v1/partnerships/" + id + "/feedback").then().statusCode(422);
    }

    private static Response district(String key, Object body) {
        return as(Tokens.district()).header("Idempotency-Key", key).body(body).post("/api/v1/partnerships");
    }

    private static <T> List<T> parallel(int n, java.util.concurrent.Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
