package org.partnermatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.partnermatch.support.Api.district;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.RawHttp;
import org.partnermatch.support.Tokens;

/**
 * Errors the HTTP layer answers before any resource runs (body, request line and header limits; paths nothing
 * serves) are problem+json like every other error, name the limit, and leave no ERROR or stack trace in the log.
 * Runs with the production settings for these limits and with Swagger UI switched off, as in production.
 */
@QuarkusTest
@TestProfile(HttpLayerProblemsTest.Production.class)
class HttpLayerProblemsTest {

    /** Swagger UI off, as outside demo mode; the limits are application.properties' own. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.swagger-ui.enabled", "false");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BODY_LIMIT = 256 * 1024;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aChunkedBodyOverTheCapIs413ProblemAndNothingIsStoredOrLogged() throws Exception {
        String name = Api.unique("Chunked School");
        String body = schoolPaddedTo(name, BODY_LIMIT + 64 * 1024);
        List<LogRecord> log = captureLog(() -> {
            RawHttp.Answer answer = RawHttp.sendChunked(base.getPort(), "POST", "/api/v1/schools",
                    Map.of("Authorization", "Bearer " + Tokens.district(), "Content-Type", "application/json",
                            "Accept", "application/json"), body, 8192);
            assertProblem(answer, 413, "/problems/payload-too-large").contains("262144 bytes");
        });
        district().queryParam("q", name).get("/api/v1/schools").then().statusCode(200)
                .body("items.findAll { it.name == '" + name + "' }", empty());
        assertQuiet(log);
    }

    @Test
    void aChunkedBodyWithinTheCapIsAccepted() {
        String name = Api.unique("Chunked School");
        RawHttp.Answer answer = RawHttp.sendChunked(base.getPort(), "POST", "/api/v1/schools",
                Map.of("Authorization", "Bearer " + Tokens.district(), "Content-Type", "application/json"),
                schoolPaddedTo(name, 64 * 1024), 8192);
        assertThat(answer.status()).as(answer.head()).isEqualTo(201);
    }

    @Test
    void aDeclaredLengthOverTheCapIs413ProblemWithoutReadingTheBody() throws Exception {
        List<LogRecord> log = captureLog(() -> {
            RawHttp.Answer answer = RawHttp.send(base.getPort(), "POST", "/api/v1/schools",
                    Map.of("Authorization", "Bearer " + Tokens.district(), "Content-Type", "application/json"),
                    schoolPaddedTo(Api.unique("Long School"), BODY_LIMIT + 1));
            assertProblem(answer, 413, "/problems/payload-too-large").contains("262144 bytes");
        });
        assertQuiet(log);
    }

    @Test
    void filesToImportMayBeLargerThanOtherBodiesButNotUnbounded() throws Exception {
        // 3,000 rows, about 330 KB: over the 256 KiB of other bodies, within the 16 MiB of files to import
        StringBuilder csv = new StringBuilder("name,grades,latitude,longitude,region,enrollment,title i,frl,ell,notes\n");
        String padding = "x".repeat(40);
        for (int i = 0; csv.length() <= BODY_LIMIT + 64 * 1024; i++) {
            csv.append("Big File School ").append(i).append(",K-5,47.5,-122.3,Southeast,100,no,10,5,").append(padding)
                    .append('\n');
        }
        RawHttp.Answer answer = RawHttp.sendChunked(base.getPort(), "POST", "/api/v1/imports/schools?dryRun=true",
                Map.of("Authorization", "Bearer " + Tokens.district(), "Content-Type", "text/csv"), csv.toString(),
                16 * 1024);
        assertThat(answer.status()).as(answer.head()).isEqualTo(200);
        // a declared 17 MiB file is refused before a byte of it is read
        RawHttp.Answer tooLarge = RawHttp.send(base.getPort(), "POST", "/api/v1/imports/schools",
                Map.of("Authorization", "Bearer " + Tokens.district(), "Content-Type", "text/csv",
                        "Content-Length", Integer.toString(17 * 1024 * 1024)), null);
        assertProblem(tooLarge, 413, "/problems/payload-too-large").contains("split the file");
    }

    @Test
    void aRequestLineOverTheLimitIs414Problem() throws Exception {
        List<LogRecord> log = captureLog(() -> {
            RawHttp.Answer answer = RawHttp.send(base.getPort(), "GET", "/api/v1/offerings?q=" + "a".repeat(9000),
                    Map.of("Accept", "application/json"), null);
            assertProblem(answer, 414, "/problems/uri-too-long").contains("8192 bytes");
        });
        assertQuiet(log);
        // beyond the decoder's own ceiling (4 times the limit) Vert.x answers before routing, with no body
        RawHttp.Answer beyond = RawHttp.send(base.getPort(), "GET", "/api/v1/offerings?q=" + "a".repeat(33_000),
                Map.of("Accept", "application/json"), null);
        assertThat(beyond.status()).isEqualTo(414);
    }

    @Test
    void headersOverTheLimitAre431Problem() throws Exception {
        List<LogRecord> log = captureLog(() -> {
            RawHttp.Answer answer = RawHttp.send(base.getPort(), "GET", "/api/v1/categories",
                    Map.of("Accept", "application/json", "X-Padding", "p".repeat(24 * 1024)), null);
            assertProblem(answer, 431, "/problems/request-header-fields-too-large").contains("20480 bytes");
        });
        assertQuiet(log);
    }

    @Test
    void swaggerUiOutsideDemoModeAndOtherUnservedPathsAre404Problems() throws Exception {
        for (String path : List.of("/q/swagger-ui", "/q/swagger-ui/", "/q/swagger-ui/index.html", "/q/nothing-here",
                "/nothing-here", "/api/v1/nothing-here")) {
            RawHttp.Answer answer = RawHttp.send(base.getPort(), "GET", path, Map.of("Accept", "application/json"), null);
            assertProblem(answer, 404, "/problems/not-found");
            // one rule whatever the client accepts
            assertProblem(RawHttp.send(base.getPort(), "GET", path, Map.of("Accept", "text/html"), null), 404,
                    "/problems/not-found");
        }
    }

    @Test
    void theSameLimitsHoldBelowTheirEdges() {
        RawHttp.Answer line = RawHttp.send(base.getPort(), "GET", "/api/v1/categories?x=" + "a".repeat(7000),
                Map.of("Accept", "application/json"), null);
        assertThat(line.status()).as(line.head()).isEqualTo(200);
        RawHttp.Answer headers = RawHttp.send(base.getPort(), "GET", "/api/v1/categories",
                Map.of("Accept", "application/json", "X-Padding", "p".repeat(16 * 1024)), null);
        assertThat(headers.status()).as(headers.head()).isEqualTo(200);
    }

    /** No ERROR line and no stack trace: at most a one-line refusal. */
    private static void assertQuiet(List<LogRecord> log) {
        List<String> loud = log.stream()
                .filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue() || r.getThrown() != null)
                .map(r -> r.getLevel() + " " + r.getLoggerName() + " " + r.getMessage() + " " + r.getThrown())
                .toList();
        assertThat(loud).isEmpty();
    }

    /** The answer is a problem of this status and type; returns its detail for further checks. */
    private static org.assertj.core.api.AbstractStringAssert<?> assertProblem(RawHttp.Answer answer, int status,
                                                                              String type) throws Exception {
        assertThat(answer.status()).as(answer.head()).isEqualTo(status);
        assertThat(answer.head().toLowerCase()).contains("content-type: application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isEqualTo(type);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return assertThat(problem.path("detail").asText());
    }

    /** A valid school whose JSON is padded with whitespace to about {@code size} bytes. */
    private static String schoolPaddedTo(String name, int size) {
        Map<String, Object> school = Api.school();
        school.put("name", name);
        try {
            String json = JSON.writeValueAsString(school);
            return "{" + " ".repeat(Math.max(0, size - json.length())) + json.substring(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Check {
        void run() throws Exception;
    }

    private static List<LogRecord> captureLog(Check check) throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public synchronized void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            check.run();
            Thread.sleep(300); // a failure logged after the answer went out
        } finally {
            root.removeHandler(capture);
        }
        synchronized (capture) {
            return new ArrayList<>(records);
        }
    }
}
