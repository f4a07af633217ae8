package org.partnermatch.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.partnermatch.security.AccessMatrixTest.Expectation;
import org.partnermatch.security.AccessMatrixTest.Fixture;
import org.partnermatch.security.AccessMatrixTest.Who;
import org.partnermatch.support.Api;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Tokens;

/**
 * Contract fuzzing: every operation of the served OpenAPI document gets hostile input generated with jqwik from a
 * fixed seed — wrong types, huge strings, NUL, right-to-left marks, emoji, lone surrogate halves, negative and huge
 * numbers, missing and unknown fields, server-owned fields, malformed JSON, wrong content types, unknown, malformed
 * and other tenants' ids in paths, parameters and bodies — starting from the valid request of
 * {@link AccessMatrixTest}'s row for the operation. Every answer must be below 500; every error must be
 * problem+json with the same status in its body; every status must be declared by the operation; every 2xx JSON
 * body must validate against the operation's response schema ($refs resolved); and no caller but district staff
 * may ever see a secret tenant's partnership, closed need, pending organization, contact e-mail or webhook secret.
 *
 * <p>Deterministic and bounded: {@code -Dfuzz.seed} (printed) and {@code -Dfuzz.tries} (generated values per field
 * or parameter, default 3).
 */
@QuarkusTest
class ContractFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261130L);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 3);
    /** Non-ASCII goes out as \\u escapes, so lone surrogate halves reach the server as such. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** One request: who sends what where. {@code path} and {@code query} are already percent-encoded. */
    record Case(String operation, String label, Who who, String token, String method, String path, String query,
                Map<String, String> headers, String contentType, byte[] body) {
    }

    /** Another tenant's records, which no fuzzed caller (all but district staff) may ever see. */
    record Secrets(UUID partnership, UUID closedNeed, UUID pendingOrganization, String email, String webhookSecret) {

        static Secrets create() {
            Partnerships.Setup setup = Partnerships.setup(60, "students");
            UUID partnership = setup.request(3);
            UUID closedNeed = Api.createNeed(setup.school());
            Map<String, Object> closed = Api.need();
            closed.put("status", "closed");
            Api.district().header("If-Match", Api.etag("/api/v1/needs/" + closedNeed)).body(closed)
                    .put("/api/v1/needs/" + closedNeed).then().statusCode(200);
            String email = "secret-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            Map<String, Object> organization = Api.organization();
            organization.put("contact", Map.of("name", "Private Person", "email", email, "phone", "+1 206 555 0199"));
            UUID pending = UUID.fromString(Api.district().body(organization).post("/api/v1/organizations").then()
                    .statusCode(201).extract().path("id"));
            String webhookSecret = "whsec-" + UUID.randomUUID().toString().replace("-", "");
            Api.district().body(Map.of("url", "http://127.0.0.1:9/secret", "secret", webhookSecret))
                    .put("/api/v1/schools/" + setup.school() + "/webhook").then().statusCode(200);
            return new Secrets(partnership, closedNeed, pending, email, webhookSecret);
        }

        List<String> markers() {
            return List.of(partnership.toString(), closedNeed.toString(), pendingOrganization.toString(), email,
                    webhookSecret);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URL base;

    private final Map<String, JsonSchema> schemaCache = new LinkedHashMap<>();
    private Random random;
    private JsonNode contract;
    private Secrets secrets;

    @Test
    void everyOperationAnswersHostileInputWithinTheContract() throws Exception {
        contract = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        secrets = Secrets.create();
        random = new Random(SEED);
        Set<String> failures = new LinkedHashSet<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        Map<String, Long> slowest = new LinkedHashMap<>();
        int count = 0;
        long started = System.nanoTime();
        JqwikSession.start();
        try {
            for (String operation : operations()) {
                Expectation row = AccessMatrixTest.TABLE.get(operation);
                if (row == null) {
                    failures.add(operation + ": no valid request to start from (add it to AccessMatrixTest)");
                    continue;
                }
                long t0 = System.nanoTime();
                for (Case c : cases(operation, row)) {
                    Answer response = send(c);
                    count++;
                    statuses.merge(response.status(), 1, Integer::sum);
                    check(c, response, failures);
                }
                slowest.put(operation, (System.nanoTime() - t0) / 1_000_000);
            }
        } finally {
            JqwikSession.finish();
        }
        System.out.printf("ContractFuzzTest: seed %d, tries %d, %d operations, %d cases in %.1f s, statuses %s, "
                        + "%d failures%n", SEED, TRIES, operations().size(), count, (System.nanoTime() - started) / 1e9,
                statuses, failures.size());
        slowest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.println("  " + e.getValue() + " ms  " + e.getKey()));
        failures.stream().limit(80).forEach(f -> System.out.println("  " + f));
        assertThat(failures).as("seed " + SEED).isEmpty();
    }

    // ---- cases ------------------------------------------------------------------------------------------------

    private List<Case> cases(String operation, Expectation row) throws Exception {
        String method = operation.substring(0, operation.indexOf(' '));
        String template = operation.substring(operation.indexOf(' ') + 1);
        JsonNode op = contract.path("paths").path(template).path(method.toLowerCase());
        Fixture f = Fixture.create();
        row.prepare().accept(f);
        Who owner = owner(row);
        boolean takesBody = op.has("requestBody") || method.equals("POST") || method.equals("PUT");
        List<Case> cases = new ArrayList<>();
        Consumer<Case> add = cases::add;
        String validPath = f.fill(template);

        // path parameters: unknown, malformed, other tenants' and secret ids, generated junk
        for (JsonNode parameter : op.path("parameters")) {
            if (!parameter.path("in").asText().equals("path")) {
                continue;
            }
            String name = parameter.path("name").asText();
            List<String> raw = new ArrayList<>(List.of("%00", "%C3%28", "%ED%A0%80", "..%2F..%2Fadmin", "%20"));
            List<String> values = new ArrayList<>(List.of(UUID.randomUUID().toString(), "not-a-uuid", "0", "-1",
                    "12345678-1234-1234-1234-12345678901Z", UUID.randomUUID() + "x", f.otherSchool.toString(),
                    f.otherOrganization.toString(), secrets.partnership().toString(),
                    secrets.closedNeed().toString(), secrets.pendingOrganization().toString()));
            values.addAll(sample(hostileText(2_000), TRIES));
            values.removeIf(String::isEmpty); // an empty segment is another address (//), not this operation
            for (String value : values) {
                raw.add(encode(value));
            }
            for (String encoded : raw) {
                add.accept(new Case(operation, "path " + name + "=" + shorten(encoded), owner, f.token(owner), method,
                        f.fill(template.replace("{" + name + "}", encoded)), "", headers(op, f, validPath),
                        "application/json", bodyBytes(row, f)));
            }
        }

        // query and header parameters, one at a time
        for (JsonNode parameter : op.path("parameters")) {
            String in = parameter.path("in").asText();
            String name = parameter.path("name").asText();
            if (in.equals("query")) {
                List<String> values = new ArrayList<>(sample(Arbitraries.oneOf(hostileText(2_000), numberText()), TRIES));
                values.add(UUID.randomUUID().toString());
                for (String value : values) {
                    add.accept(new Case(operation, "query " + name + "=" + shorten(value), owner, f.token(owner),
                            method, validPath, encode(name) + "=" + encode(value), headers(op, f, validPath),
                            "application/json", bodyBytes(row, f)));
                }
            } else if (in.equals("header")) {
                List<String> values = new ArrayList<>(List.of("", "\"nope\"", "W/\"0\"", "*, \"1\"", "x".repeat(300)));
                values.addAll(sample(Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60), TRIES));
                for (String value : values) {
                    Map<String, String> headers = headers(op, f, validPath);
                    headers.put(name, value);
                    add.accept(new Case(operation, "header " + name + "=" + shorten(value), owner, f.token(owner),
                            method, validPath, "", headers, "application/json", bodyBytes(row, f)));
                }
            }
        }
        add.accept(new Case(operation, "unknown query parameter", owner, f.token(owner), method, validPath,
                "zz_unknown=1&page=0&page=1", headers(op, f, validPath), "application/json", bodyBytes(row, f)));
        add.accept(new Case(operation, "Accept text/html", owner, f.token(owner), method, validPath, "",
                withHeader(headers(op, f, validPath), "Accept", "text/html"), "application/json", bodyBytes(row, f)));

        if (takesBody) {
            bodyCases(operation, row, f, owner, validPath, op, add);
        }

        // finally the valid request, as every kind of caller (the destructive ones run last)
        for (Who who : Who.values()) {
            add.accept(new Case(operation, "valid request", who, f.token(who), method, validPath, "",
                    headers(op, f, validPath), "application/json", bodyBytes(row, f)));
        }
        return cases;
    }

    private void bodyCases(String operation, Expectation row, Fixture f, Who owner, String path, JsonNode op,
                           Consumer<Case> add) throws Exception {
        String method = operation.substring(0, operation.indexOf(' '));
        Object valid = row.body().apply(f);
        JsonNode base = valid == null ? JsonNodeFactory.instance.objectNode() : JSON.valueToTree(valid);
        Map<String, String> headers = headers(op, f, path);
        String token = f.token(owner);

        List<byte[]> malformed = new ArrayList<>();
        for (String text : List.of("", "{", "}", "[", "{\"a\":}", "{\"name\": \"x\",}", "nul", "'single'", "[]",
                "\"text\"", "42", "null", "true", "{\"a\":1}{\"b\":2}", "\u0000", "[".repeat(3_000) + "]".repeat(3_000),
                "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}")) {
            malformed.add(text.getBytes(StandardCharsets.UTF_8));
        }
        malformed.add(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        malformed.add(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'});
        for (byte[] body : malformed) {
            add.accept(new Case(operation, "malformed body " + shorten(new String(body, StandardCharsets.UTF_8)),
                    owner, token, method, path, "", headers, "application/json", body));
        }
        byte[] validBytes = JSON.writeValueAsBytes(base);
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "application/json; charset=ISO-8859-1")) {
            add.accept(new Case(operation, "content type " + type, owner, token, method, path, "", headers, type,
                    validBytes));
        }
        add.accept(new Case(operation, "no content type", owner, token, method, path, "", headers, null, validBytes));

        if (!base.isObject()) {
            return;
        }
        List<String> extras = List.of("zzUnknown", "id", "version", "vettingStatus", "capacityUsed", "createdAt",
                "state");
        for (String extra : extras) {
            if (!base.has(extra)) {
                ObjectNode mutated = base.deepCopy();
                mutated.put(extra, extra.equals("id") ? UUID.randomUUID().toString() : "1");
                add.accept(bodyCase(operation, "extra field " + extra, owner, token, method, path, headers, mutated));
            }
        }
        for (List<Object> field : fields(base)) {
            JsonNode current = at(base, field);
            String name = field.toString();
            add.accept(bodyCase(operation, "missing " + name, owner, token, method, path, headers, remove(base, field)));
            List<JsonNode> values = new ArrayList<>(sample(hostileValue(), TRIES));
            values.add(NullNode.instance);
            if (current.isTextual() && looksLikeUuid(current.asText())) {
                for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid", f.otherSchool.toString(),
                        f.otherOrganization.toString(), secrets.partnership().toString(),
                        secrets.closedNeed().toString(), secrets.pendingOrganization().toString())) {
                    values.add(TextNode.valueOf(id));
                }
            }
            for (JsonNode value : values) {
                add.accept(bodyCase(operation, name + " = " + shorten(value.toString()), owner, token, method, path,
                        headers, replace(base, field, value)));
            }
        }
    }

    private Case bodyCase(String operation, String label, Who who, String token, String method, String path,
                          Map<String, String> headers, JsonNode body) throws Exception {
        return new Case(operation, label, who, token, method, path, "", headers, "application/json",
                JSON.writeValueAsBytes(body));
    }

    private byte[] bodyBytes(Expectation row, Fixture f) {
        Object body = row.body().apply(f);
        try {
            return body == null ? null : JSON.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Operations that require one get If-Match (the current ETag when readable) and a fresh Idempotency-Key. */
    private Map<String, String> headers(JsonNode op, Fixture f, String validPath) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : op.path("parameters")) {
            if (!parameter.path("in").asText().equals("header")) {
                continue;
            }
            String name = parameter.path("name").asText();
            if (name.equalsIgnoreCase("If-Match")) {
                headers.put(name, "*");
            } else if (name.equalsIgnoreCase("Idempotency-Key")) {
                headers.put(name, "fuzz-" + UUID.randomUUID());
            }
        }
        return headers;
    }

    private static Map<String, String> withHeader(Map<String, String> headers, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return copy;
    }

    /** Mutations run as the caller most likely to get past authorization: the owner, else district staff. */
    private static Who owner(Expectation row) {
        for (Who who : List.of(Who.PRINCIPAL_OWN, Who.PARTNER_OWN, Who.DISTRICT)) {
            if (row.status(who) / 100 == 2) {
                return who;
            }
        }
        return Who.DISTRICT;
    }

    // ---- generators (jqwik arbitraries, drawn from one seeded Random) -----------------------------------------

    private static final List<String> NASTY = List.of("", " ", "\u0000", "a\u0000b", "\u202Eevil\u202C",
            "\u200F\u05E9\u05DC\u05D5\u05DD", "\uD83C\uDFEB\uD83D\uDE00", "\uD800", "x\uDFFFy", "\uFEFF", "\r\n",
            "' OR '1'='1", "%00", "../../etc/passwd", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}",
            "\\", "\"", "{}", "[]", "null", "NaN", "-0", "1e400", "99999999999999999999", "\u0130\u0131",
            "e\u0301", "\u0085", "\t");

    private static Arbitrary<String> hostileText(int hugeLength) {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(24),
                Arbitraries.strings().withCharRange('\u0590', '\u06FF').ofMinLength(1).ofMaxLength(16),
                Arbitraries.strings().withChars('\u0000', '\u202E', '\uD800', '\uDFFF', '\uFFFF', 'a', '\u00E9')
                        .ofMinLength(1).ofMaxLength(8),
                Arbitraries.of(NASTY),
                Arbitraries.integers().between(300, hugeLength).map(n -> "x".repeat(n)));
    }

    private static Arbitrary<String> numberText() {
        return Arbitraries.oneOf(
                Arbitraries.of("-1", "0", "101", "2147483648", "-2147483649", "9223372036854775808", "1e400",
                        "-Infinity", "NaN", "1.5", "0x10", "1_000", "+5", " 7"),
                Arbitraries.longs().map(Object::toString),
                Arbitraries.doubles().map(Object::toString));
    }

    private static Arbitrary<JsonNode> hostileValue() {
        return Arbitraries.oneOf(
                hostileText(100_000).map(TextNode::valueOf),
                Arbitraries.integers().map(i -> (JsonNode) IntNode.valueOf(i)),
                Arbitraries.longs().map(l -> (JsonNode) LongNode.valueOf(l)),
                Arbitraries.of(IntNode.valueOf(-1), IntNode.valueOf(Integer.MIN_VALUE), LongNode.valueOf(Long.MAX_VALUE),
                        BigIntegerNode.valueOf(BigInteger.TWO.pow(80)), DecimalNode.valueOf(new BigDecimal("1e400")),
                        DecimalNode.valueOf(new BigDecimal("-1e400")), DoubleNode.valueOf(1.5),
                        DoubleNode.valueOf(-0.0001), BooleanNode.TRUE, JsonNodeFactory.instance.objectNode(),
                        JsonNodeFactory.instance.arrayNode(), nestedArray(), arrayOfNasty()));
    }

    private static JsonNode nestedArray() {
        ArrayNode node = JsonNodeFactory.instance.arrayNode();
        node.addArray().addArray().add("deep");
        return node;
    }

    private static JsonNode arrayOfNasty() {
        ArrayNode node = JsonNodeFactory.instance.arrayNode();
        NASTY.forEach(node::add);
        return node;
    }

    private <T> List<T> sample(Arbitrary<T> arbitrary, int count) {
        RandomGenerator<T> generator = arbitrary.generator(1000);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(generator.next(random).value());
        }
        return values;
    }

    // ---- JSON paths --------------------------------------------------------------------------------------------

    /** Top-level fields, the fields of nested objects, and the first element of arrays. */
    private static List<List<Object>> fields(JsonNode node) {
        List<List<Object>> fields = new ArrayList<>();
        collect(node, new ArrayList<>(), fields, 0);
        return fields;
    }

    private static void collect(JsonNode node, List<Object> prefix, List<List<Object>> out, int depth) {
        if (depth > 2) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                List<Object> path = new ArrayList<>(prefix);
                path.add(name);
                out.add(path);
                collect(node.get(name), path, out, depth + 1);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> path = new ArrayList<>(prefix);
            path.add(0);
            out.add(path);
            collect(node.get(0), path, out, depth + 1);
        }
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
        }
        return node;
    }

    private static JsonNode replace(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value);
        }
        return copy;
    }

    private static JsonNode remove(JsonNode root, List<Object> path) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else if (parent instanceof ArrayNode array) {
            array.remove((Integer) last);
        }
        return copy;
    }

    // ---- sending and checking ----------------------------------------------------------------------------------

    /** What came back. */
    record Answer(int status, String contentType, String body) {
    }

    /** Sent with the JDK client, which puts exactly these bytes and headers on the wire. */
    private Answer send(Case c) throws Exception {
        String url = base.toString().replaceAll("/$", "") + c.path() + (c.query().isEmpty() ? "" : "?" + c.query());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (c.token() != null) {
            request.header("Authorization", "Bearer " + c.token());
        }
        if (!c.headers().containsKey("Accept")) {
            request.header("Accept", "application/json");
        }
        c.headers().forEach(request::header);
        if (c.body() != null && c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private void check(Case c, Answer response, Set<String> failures) {
        String where = c.operation() + " [" + c.label() + " as " + c.who() + "]";
        int status = response.status();
        String type = response.contentType();
        String body = response.body();
        JsonNode op = contract.path("paths").path(c.operation().substring(c.operation().indexOf(' ') + 1))
                .path(c.method().toLowerCase());
        if (status >= 500) {
            failures.add(where + ": " + status + " " + shorten(body));
            return;
        }
        JsonNode declared = op.path("responses").has(Integer.toString(status))
                ? op.path("responses").get(Integer.toString(status)) : op.path("responses").get("default");
        if (declared == null) {
            failures.add(where + ": status " + status + " is not in the contract for this operation");
        }
        if (status >= 400) {
            if (!type.startsWith("application/problem+json")) {
                failures.add(where + ": " + status + " as " + type + " instead of problem+json: " + shorten(body));
                return;
            }
            try {
                JsonNode problem = JSON.readTree(body);
                if (problem.path("status").asInt() != status || !problem.hasNonNull("type")
                        || !problem.hasNonNull("title")) {
                    failures.add(where + ": problem body does not match status " + status + ": " + shorten(body));
                }
            } catch (Exception e) {
                failures.add(where + ": problem body is not JSON: " + shorten(body));
            }
            return;
        }
        if (c.who() != Who.DISTRICT) {
            for (String marker : secrets.markers()) {
                if (body.contains(marker)) {
                    failures.add(where + ": " + status + " leaks another tenant's private data (" + marker + ")");
                }
            }
        }
        if (declared != null && type.startsWith("application/json") && !body.isEmpty()) {
            JsonNode schema = declared.path("content").path("application/json").path("schema");
            if (schema.isMissingNode()) {
                failures.add(where + ": " + status + " JSON body, but the contract declares no JSON schema");
                return;
            }
            try {
                Set<ValidationMessage> errors = schema(schema).validate(JSON.readTree(body));
                if (!errors.isEmpty()) {
                    failures.add(where + ": " + status + " body violates the contract: " + new TreeSet<>(
                            errors.stream().map(ValidationMessage::getMessage).toList()));
                }
            } catch (Exception e) {
                failures.add(where + ": " + status + " body is not JSON: " + shorten(body));
            }
        }
    }

    /** A response schema with the contract's components beside it, so "#/components/schemas/..." resolves. */
    private JsonSchema schema(JsonNode schema) {
        return schemaCache.computeIfAbsent(schema.toString(), key -> {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("allOf", JsonNodeFactory.instance.arrayNode().add(schema));
            root.set("components", contract.path("components"));
            return SCHEMAS.getSchema(URI.create("urn:partnermatch:openapi"), root);
        });
    }

    private List<String> operations() {
        TreeSet<String> operations = new TreeSet<>();
        contract.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().fieldNames().forEachRemaining(m -> operations.add(m.toUpperCase() + " " + path.getKey()));
            }
        });
        return new ArrayList<>(operations);
    }

    // ---- small helpers -----------------------------------------------------------------------------------------

    private static boolean looksLikeUuid(String text) {
        return text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    }

    /** Percent-encodes every byte outside the unreserved set (a lone surrogate becomes "?", encoded). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 60 ? printable : printable.substring(0, 57) + "…(" + text.length() + ")";
    }
}
