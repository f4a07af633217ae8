package org.partnermatch.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import org.HdrHistogram.Histogram;
import org.partnermatch.common.EmbeddedDatabase;
import org.partnermatch.support.Tokens;

/**
 * What e-mail costs the partnership endpoints (not part of the test run): the packaged service on a synthetic
 * district where every organization has a contact address and an owner and every school a principal, measured on
 * "partnership request + accept" at a fixed rate with notifications on (the outbox rows written in the request's
 * transaction, the worker sending them to a local SMTP server meanwhile) and off ({@code delivery=off}: no e-mail work
 * at all), in alternating rounds so drift in the machine hits both alike. Writes target/bench/notification-latency.md.
 *
 * <pre>
 * mvn -B -DskipTests package
 * mvn -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.partnermatch.bench.NotificationLatencyBenchmark \
 *     -Dexec.args="--offerings 2000 --rate 10 --seconds 60 --rounds 3 --modes smtp,off"
 * </pre>
 */
public final class NotificationLatencyBenchmark {

    private NotificationLatencyBenchmark() {
    }

    record Round(String mode, long operations, long errors, double mean, double p50, double p90, double p99) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        int offerings = Integer.parseInt(options.getOrDefault("offerings", "2000"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "10"));
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "60"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        int warm = Integer.parseInt(options.getOrDefault("warm", "300"));
        // smtp: triggers written, turned into e-mails and sent meanwhile; outbox: turned into e-mails, not sent (the
        // demo's Outbox page); queued: triggers written, the worker idle (the request's own cost); off: no e-mail work
        List<String> modes = List.of(options.getOrDefault("modes", "smtp,off").split(","));
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        Path dir = out.resolve("pg-notification-latency");
        Benchmark.deleteRecursively(dir);
        int smtpPort = Benchmark.freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        List<Round> results = new ArrayList<>();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            int port = Benchmark.freePort();
            Benchmark.generate(db, offerings, port, out);
            giveEveryoneAnAddress(db);
            Scenarios.Ids ids = Benchmark.ids(db);
            int used = 0;
            for (int round = 0; round < rounds * modes.size(); round++) {
                String mode = modes.get(round % modes.size()).trim();
                Map<String, String> env = mode.equals("smtp")
                        ? Map.of("PARTNERMATCH_NOTIFICATIONS_DELIVERY", "smtp", "QUARKUS_MAILER_HOST", "127.0.0.1",
                                "QUARKUS_MAILER_PORT", Integer.toString(smtpPort), "QUARKUS_MAILER_START_TLS", "DISABLED")
                        : mode.equals("queued") ? Map.of("PARTNERMATCH_NOTIFICATIONS_DELIVERY", "smtp",
                                "QUARKUS_MAILER_HOST", "127.0.0.1", "PARTNERMATCH_NOTIFICATIONS_POLL_EVERY", "off")
                        : Map.of("PARTNERMATCH_NOTIFICATIONS_DELIVERY", mode);
                try (ServiceProcess service = ServiceProcess.start(db, port,
                        out.resolve("service-notification-latency-" + round + ".log"), env)) {
                    LoadDriver driver = new LoadDriver(service.base(), Tokens.district());
                    IntPredicate requestAndAccept = new Scenarios(driver, ids).skipPairs(used)
                            .all().get("partnership request + accept");
                    driver.warm(requestAndAccept, warm);
                    LoadDriver.Result r = driver.fixedRate("request + accept", requestAndAccept, rate, seconds, 16);
                    used += warm + (int) r.requests();
                    Histogram h = r.latency();
                    Round result = new Round(mode, r.requests(), r.errors(), h.getMean() / 1000.0,
                            h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                            h.getValueAtPercentile(99) / 1000.0);
                    results.add(result);
                    System.out.printf(Locale.ROOT, "round %d, e-mail %-6s: %s%n", round + 1, result.mode(), result);
                }
            }
        } finally {
            int received = smtp.getReceivedMessages().length;
            smtp.stop();
            String report = report(results, offerings, warm, rate, seconds, received);
            Files.writeString(out.resolve("notification-latency.md"), report);
            System.out.println(report);
        }
    }

    /** A contact address for every organization, an owner for each, and a principal for every school. */
    private static void giveEveryoneAnAddress(EmbeddedDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE organization SET email = 'contact-' || id || '@bench.partnermatch.test'");
            st.executeUpdate("INSERT INTO app_user (id, issuer, subject, email, email_verified)"
                    + " SELECT gen_random_uuid(), 'https://idp.bench', 'org-' || id, 'owner-' || id"
                    + " || '@bench.partnermatch.test', true FROM organization");
            st.executeUpdate("INSERT INTO membership (id, user_id, scope, organization_id, role, created_by)"
                    + " SELECT gen_random_uuid(), u.id, 'organization', o.id, 'owner', 'bench'"
                    + " FROM organization o JOIN app_user u ON u.subject = 'org-' || o.id");
            st.executeUpdate("INSERT INTO app_user (id, issuer, subject, email, email_verified)"
                    + " SELECT gen_random_uuid(), 'https://idp.bench', 'school-' || id, 'principal-' || id"
                    + " || '@bench.partnermatch.test', true FROM school");
            st.executeUpdate("INSERT INTO membership (id, user_id, scope, school_id, role, created_by)"
                    + " SELECT gen_random_uuid(), u.id, 'school', s.id, 'principal', 'bench'"
                    + " FROM school s JOIN app_user u ON u.subject = 'school-' || s.id");
        }
    }

    private static String report(List<Round> results, int offerings, int warm, double rate, double seconds, int received) {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "# Partnership latency with e-mail on and off%n%n"
                + "%,d offerings; \"partnership request + accept\" (two requests, as district staff, so each change "
                + "e-mails both sides: 6 e-mails an operation) after %d warm-up operations, at %.0f operations/s for %.0f s a round; rounds "
                + "take the modes in turn (smtp: a trigger written in the request's transaction, turned into e-mails and sent by the worker meanwhile; outbox: turned into e-mails, not sent; queued: the trigger written, the worker idle, so the request's own cost; off: no e-mail work); %s.%n%n| round | e-mail | operations | errors | mean ms | p50 ms | p90 ms | p99 ms |%n"
                + "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |%n", offerings, warm, rate, seconds,
                ServiceProcess.jvmOptions()));
        for (int i = 0; i < results.size(); i++) {
            Round r = results.get(i);
            md.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %.2f | %.2f | %.2f | %.2f |%n", i + 1, r.mode(),
                    r.operations(), r.errors(), r.mean(), r.p50(), r.p90(), r.p99()));
        }
        md.append(String.format(Locale.ROOT, "%nE-mails the SMTP server received: %,d.%n", received));
        for (String mode : results.stream().map(Round::mode).distinct().toList()) {
            List<Round> of = results.stream().filter(r -> r.mode().equals(mode)).toList();
            if (!of.isEmpty()) {
                md.append(String.format(Locale.ROOT, "- e-mail %s: median of rounds' p50 %.2f ms, mean %.2f ms, p99 %.2f ms%n",
                        mode, median(of.stream().mapToDouble(Round::p50).toArray()),
                        median(of.stream().mapToDouble(Round::mean).toArray()),
                        median(of.stream().mapToDouble(Round::p99).toArray())));
            }
        }
        return md.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
