package org.partnermatch.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.partnermatch.common.EmbeddedDatabase;
import org.partnermatch.support.Tokens;

/**
 * HSDS import benchmark (not a test): writes an HSDS 3.1 page of N organizations, each with M services (locations,
 * addresses, phones, languages, schedules, service areas, capacities and Open Eligibility-style taxonomy terms the
 * seeded mapping knows), starts the packaged service on a fresh embedded PostgreSQL with its production JVM options
 * (-Xmx192m), and times {@code POST /api/v1/imports/hsds} for a first import (all created) and a re-import (all
 * unchanged), sampling the service's heap (used bytes, from /q/metrics) every 100 ms for the peak. Run it at two sizes
 * to see memory stay flat while the file grows.
 *
 * <pre>
 * mvn -B -DskipTests package   # the service jar
 * mvn -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.partnermatch.bench.HsdsImportBenchmark -Dexec.args="--organizations 5000 --services 4"
 * </pre>
 */
public final class HsdsImportBenchmark {

    private static final String[][] TERMS = {
        {"Tutoring", "tutoring"}, {"Mentoring", "mentoring"}, {"Food Pantry", "food"}, {"Counseling", "counseling"},
        {"After School Programs", "after school programs"}, {"Clothing", "clothing"}, {"Music", "music"},
        {"Parenting Education", "parenting education"}};
    private static final String[] LANGUAGES = {"en", "es", "so", "vi", "am", "zh"};
    private static final Pattern HEAP = Pattern.compile("jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.Ee+]+)");

    private HsdsImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int organizations = 5000;
        int services = 4;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--organizations" -> organizations = Integer.parseInt(args[i + 1]);
                case "--services" -> services = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        Path file = out.resolve("hsds-" + organizations + ".json");
        long g0 = System.nanoTime();
        write(file, organizations, services);
        System.out.printf(Locale.ROOT, "File: %s, %d organizations, %d services, %.1f MB, written in %.1f s%n", file,
                organizations, organizations * services, Files.size(file) / 1e6, (System.nanoTime() - g0) / 1e9);

        Path dir = out.resolve("pg-hsds");
        Benchmark.deleteRecursively(dir);
        Files.createDirectories(dir);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).locations("classpath:db/migration")
                    .load().migrate();
            try (ServiceProcess service = ServiceProcess.start(db, freePort(), out.resolve("service-hsds.log"),
                    Map.of())) {
                System.out.printf(Locale.ROOT, "Service ready in %.2f s (%s)%n", service.startupSeconds(),
                        ServiceProcess.jvmOptions());
                addRegions(service, "Central", "Southeast");
                run("first import", service, file);
                run("re-import", service, file);
            }
        }
    }

    private static void run(String label, ServiceProcess service, Path file) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    String metrics = client.send(HttpRequest.newBuilder(URI.create(service.management() + "/q/metrics"))
                            .build(), HttpResponse.BodyHandlers.ofString()).body();
                    double used = 0;
                    Matcher m = HEAP.matcher(metrics);
                    while (m.find()) {
                        used += Double.parseDouble(m.group(1));
                    }
                    peak.accumulateAndGet((long) used, Math::max);
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    // the next sample
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                        URI.create(service.base() + "/api/v1/imports/hsds?source=bench"))
                .timeout(Duration.ofMinutes(15))
                .header("Authorization", "Bearer " + Tokens.district())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        sampler.join();
        String body = answer.body();
        System.out.printf(Locale.ROOT, "%s: HTTP %d in %.1f s; peak heap used %.0f MB; RSS after %d MB%n  organizations %s%n"
                        + "  services %s%n", label, answer.statusCode(), seconds, peak.get() / 1e6,
                service.rssMb()[0], part(body, "organizations"), part(body, "services"));
        int records = body.indexOf("\"records\":[{");
        if (records >= 0) {
            // a benchmark whose records were refused measures nothing: show why
            System.out.println("  first listed record: " + body.substring(records, Math.min(body.length(), records + 600)));
        }
    }

    /** The district's regions the generated service areas name (a database without demo data has none). */
    private static void addRegions(ServiceProcess service, String... names) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String name : names) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(service.base() + "/api/v1/regions"))
                    .header("Authorization", "Bearer " + Tokens.district())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("region " + name + ": HTTP " + answer.statusCode() + " " + answer.body());
            }
        }
    }

    private static String part(String report, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(\\{[^}]*})").matcher(report);
        return m.find() ? m.group(1) : report.substring(0, Math.min(300, report.length()));
    }

    /** The HSDS page, written as a stream (the generator never holds the file). */
    static void write(Path file, int organizations, int services) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("total_items", organizations);
            g.writeNumberField("total_pages", 1);
            g.writeNumberField("page_number", 1);
            g.writeNumberField("size", organizations);
            g.writeBooleanField("first_page", true);
            g.writeBooleanField("last_page", true);
            g.writeBooleanField("empty", organizations == 0);
            g.writeArrayFieldStart("contents");
            for (int o = 0; o < organizations; o++) {
                organization(g, o, services);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void organization(JsonGenerator g, int o, int services) throws IOException {
        String id = new UUID(0x4853445300000000L, o).toString();
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", "Bench Community Organization " + o);
        g.writeStringField("description", "Youth and family services in the neighborhood since " + (1950 + o % 70)
                + ": tutoring, mentoring, food and family support for students and their families.");
        g.writeStringField("email", "info" + o + "@example.org");
        g.writeStringField("website", "https://org" + o + ".example.org");
        g.writeArrayFieldStart("phones");
        g.writeStartObject();
        g.writeStringField("id", UUID.randomUUID().toString());
        g.writeStringField("number", "+1 206 555 " + String.format(Locale.ROOT, "%04d", o % 10000));
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeStringField("id", UUID.randomUUID().toString());
        g.writeStringField("location_type", "physical");
        g.writeStringField("name", "Main office");
        g.writeNumberField("latitude", 47.5 + (o % 100) / 1000.0);
        g.writeNumberField("longitude", -122.3 + (o % 70) / 1000.0);
        g.writeArrayFieldStart("addresses");
        g.writeStartObject();
        g.writeStringField("id", UUID.randomUUID().toString());
        g.writeStringField("address_1", (100 + o) + " Rainier Ave S");
        g.writeStringField("city", "Seattle");
        g.writeStringField("state_province", "WA");
        g.writeStringField("postal_code", "98118");
        g.writeStringField("country", "US");
        g.writeStringField("address_type", "physical");
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("languages");
        for (int l = 0; l < 2; l++) {
            g.writeStartObject();
            g.writeStringField("code", LANGUAGES[(o + l) % LANGUAGES.length]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("services");
        for (int s = 0; s < services; s++) {
            service(g, o, s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void service(JsonGenerator g, int o, int s) throws IOException {
        String[] term = TERMS[(o + s) % TERMS.length];
        g.writeStartObject();
        g.writeStringField("id", new UUID(0x5345525600000000L, (long) o * 1000 + s).toString());
        g.writeStringField("name", term[0] + " program " + s);
        g.writeStringField("description", term[0] + " for students and families, in small groups, with bilingual staff.");
        g.writeStringField("status", "active");
        g.writeNumberField("minimum_age", 5 + (s * 3) % 10);
        g.writeNumberField("maximum_age", 12 + (s * 2) % 7);
        g.writeStringField("fees_description", s % 3 == 0 ? "Free of charge" : "Sliding scale by family income");
        g.writeArrayFieldStart("languages");
        g.writeStartObject();
        g.writeStringField("code", LANGUAGES[(o + s) % LANGUAGES.length]);
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("schedules");
        g.writeStartObject();
        g.writeStringField("id", UUID.randomUUID().toString());
        g.writeStringField("freq", "WEEKLY");
        g.writeStringField("byday", "MO,WE");
        g.writeStringField("opens_at", "15:30:00");
        g.writeStringField("closes_at", "17:30:00");
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("service_areas");
        g.writeStartObject();
        g.writeStringField("id", UUID.randomUUID().toString());
        g.writeStringField("name", (o % 2 == 0) ? "Southeast" : "Central");
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("capacities");
        g.writeStartObject();
        g.writeStringField("id", UUID.randomUUID().toString());
        g.writeObjectFieldStart("unit");
        g.writeStringField("id", UUID.randomUUID().toString());
        g.writeStringField("name", "Students");
        g.writeEndObject();
        g.writeNumberField("maximum", 20 + (o + s) % 80);
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("attributes");
        g.writeStartObject();
        g.writeStringField("id", UUID.randomUUID().toString());
        g.writeStringField("link_type", "service_type");
        g.writeObjectFieldStart("taxonomy_term");
        g.writeStringField("id", UUID.nameUUIDFromBytes(term[1].getBytes()).toString());
        g.writeStringField("code", term[1]);
        g.writeStringField("name", term[0]);
        g.writeStringField("taxonomy", "Open Eligibility");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
