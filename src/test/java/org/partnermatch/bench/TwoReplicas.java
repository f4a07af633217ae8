package org.partnermatch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.partnermatch.common.EmbeddedDatabase;
import org.partnermatch.support.Tokens;

/**
 * Two packaged service processes on one PostgreSQL, as the deploy manifests run them: each change is made through
 * replica A and timed until replica B's matches show it (new offering appears; suspended organization disappears).
 *
 * <pre>
 * mvn -B -DskipTests package
 * mvn -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.partnermatch.bench.TwoReplicas
 * </pre>
 */
public final class TwoReplicas {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = Tokens.district();

    private TwoReplicas() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        Path dir = out.resolve("pg-replicas");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0);
             ServiceProcess a = ServiceProcess.start(db, Benchmark.freePort(), out.resolve("replica-a.log"), Map.of());
             ServiceProcess b = ServiceProcess.start(db, Benchmark.freePort(), out.resolve("replica-b.log"), Map.of())) {
            List<Double> appear = new ArrayList<>();
            List<Double> disappear = new ArrayList<>();
            String school = id(post(a, "/api/v1/schools", """
                    {"name":"Replica School","gradeLow":6,"gradeHigh":8,"latitude":47.55,"longitude":-122.29,
                     "region":"Southeast","enrollment":500,"equity":{"titleI":true,"freeReducedLunchPercent":80,
                     "englishLearnerPercent":30,"homeLanguages":["so"]}}"""));
            String need = id(post(a, "/api/v1/schools/" + school + "/needs", """
                    {"category":"math","title":"Math tutoring","gradeLow":6,"gradeHigh":8,"studentsAffected":30,
                     "priority":"high","timings":["after_school"],"languages":["so"]}"""));
            for (int i = 0; i < rounds; i++) {
                String org = id(post(a, "/api/v1/organizations", """
                        {"name":"Replica Org %s","latitude":47.55,"longitude":-122.29,"serviceRadiusKm":10,
                         "staffLanguages":["so"]}""".formatted(UUID.randomUUID())));
                post(a, "/api/v1/organizations/" + org + "/vetting", "{\"status\":\"approved\"}");
                long t0 = System.nanoTime();
                post(a, "/api/v1/organizations/" + org + "/offerings", """
                        {"name":"Math club","categories":["math"],"gradeLow":6,"gradeHigh":8,"modality":"in_person",
                         "cost":"free","capacity":40,"timings":["after_school"],"languages":["so"]}""");
                while (!get(b, "/api/v1/needs/" + need + "/matches?limit=100").contains(org)) {
                    Thread.sleep(2);
                }
                appear.add((System.nanoTime() - t0) / 1e6);
                t0 = System.nanoTime();
                post(a, "/api/v1/organizations/" + org + "/vetting", "{\"status\":\"suspended\"}");
                while (get(b, "/api/v1/needs/" + need + "/matches?limit=100").contains(org)) {
                    Thread.sleep(2);
                }
                disappear.add((System.nanoTime() - t0) / 1e6);
            }
            String report = String.format(Locale.ROOT, "Two replicas on one PostgreSQL, %d rounds: a new offering made "
                    + "through A shows in B's matches after median %.1f ms (max %.1f ms); a suspension after median "
                    + "%.1f ms (max %.1f ms), measured from A's response.%n", rounds, median(appear), max(appear),
                    median(disappear), max(disappear));
            Files.writeString(out.resolve("replicas.md"), report);
            System.out.print(report);
        }
    }

    private static String post(ServiceProcess service, String path, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(service.base() + path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String get(ServiceProcess service, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(service.base() + path)).header("Authorization", "Bearer " + TOKEN)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String id(String json) {
        int at = json.indexOf("\"id\":\"") + 6;
        return json.substring(at, json.indexOf('"', at));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

}
