package org.partnermatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.notification.MailContent;
import org.partnermatch.notification.NotificationKind;
import org.partnermatch.notification.NotificationService;
import org.partnermatch.support.Db;
import org.partnermatch.support.MailServer;

/**
 * E-mail delivery benchmark (not part of the test run; its figures go into docs/benchmarks.md, "E-mail delivery"):
 * 1,000 e-mails queued in one transaction are delivered by the scheduled worker (its default 5 s poll) to a local
 * SMTP server (GreenMail); then 1,000 more are queued while the SMTP server is down, it stays down 60 s and is started
 * again: every e-mail must arrive exactly once. Run alone:
 * {@code mvn -B -o test -Dtest=NotificationDeliveryBenchmark -Dappcds.skip -Dsurefire.failIfNoSpecifiedTests=false}.
 * The correctness checks (none lost, none twice) are assertions; the times are only printed.
 */
@QuarkusTest
@TestProfile(NotificationDeliveryBenchmark.ScheduledWorker.class)
class NotificationDeliveryBenchmark {

    public static class ScheduledWorker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partnermatch.notifications.poll-every", "5s",
                    "partnermatch.notifications.backoff-base", "PT30S");
        }
    }

    private static final int BURST = 1000;

    @Inject
    NotificationService notifications;

    @Test
    void burstAndOutage() throws Exception {
        List<String> report = new ArrayList<>();

        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> first = addresses("burst-" + run);
        long queuedIn = queue("bench-burst:" + run, first);
        long start = System.nanoTime();
        long seconds = waitForAll(first, 300);
        report.add(String.format("burst: %d queued in one transaction in %d ms; all delivered %.1f s after commit",
                BURST, queuedIn, (System.nanoTime() - start) / 1e9));
        assertExactlyOnce(first);

        List<String> second = addresses("outage-" + run);
        MailServer.down();
        long outageStart = System.nanoTime();
        queue("bench-outage:" + run, second);
        Thread.sleep(60_000);
        long failedAttempts = Db.number("SELECT count(*) FROM notification WHERE event_key = 'bench-outage:" + run
                + "' AND attempts > 0 AND state = 'pending'");
        MailServer.up();
        long restart = System.nanoTime();
        waitForAll(second, 600);
        report.add(String.format("outage: %d queued with SMTP down, %d of them tried and failed during the 60 s "
                        + "outage; all delivered %.1f s after SMTP restarted (%.1f s after queueing)", BURST,
                failedAttempts, (System.nanoTime() - restart) / 1e9, (System.nanoTime() - outageStart) / 1e9));
        assertExactlyOnce(second);
        report.add("lost: 0, sent twice: 0 (each of the 2,000 addresses received exactly one e-mail; every row sent)");
        report.add("attempts per e-mail in the outage: " + Db.text("SELECT min(attempts) || '-' || max(attempts)"
                + " FROM notification WHERE event_key = 'bench-outage:" + run + "'"));
        System.out.println("\n=== E-mail delivery benchmark ===\n" + String.join("\n", report) + "\n");
        assertThat(seconds).isGreaterThanOrEqualTo(0);
    }

    private List<String> addresses(String prefix) {
        List<String> to = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            to.add(prefix + "-" + i + "@bench.partnermatch.test");
        }
        return to;
    }

    /** Queues one e-mail per address in one transaction; returns the milliseconds it took. */
    private long queue(String eventKey, List<String> to) {
        long start = System.nanoTime();
        MailContent content = new MailContent("Benchmark: a partnership request from Aki Kurose Middle School",
                "Aki Kurose Middle School asks City Year Seattle for a partnership",
                List.of("A paragraph of the size a request e-mail has, with the school's message in it."),
                List.of(new MailContent.Fact("School", "Aki Kurose Middle School"),
                        new MailContent.Fact("Students to serve", "25")),
                "Answer the request", "/partnerships/" + UUID.randomUUID());
        int queued = QuarkusTransaction.requiringNew().call(() -> notifications.enqueue(eventKey,
                NotificationKind.partnership_request, to, content));
        assertThat(queued).isEqualTo(to.size());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Waits until every address has mail; returns the seconds waited. */
    private long waitForAll(List<String> to, int limitSeconds) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            long arrived = countArrived(to);
            if (arrived >= to.size()) {
                return (System.nanoTime() - start) / 1_000_000_000;
            }
            if ((System.nanoTime() - start) / 1_000_000_000 > limitSeconds) {
                throw new AssertionError(arrived + " of " + to.size() + " arrived within " + limitSeconds + " s");
            }
            Thread.sleep(200);
        }
    }

    private static long countArrived(List<String> to) {
        Map<String, Integer> counts = received();
        return to.stream().filter(counts::containsKey).count();
    }

    private static Map<String, Integer> received() {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage m : MailServer.all()) {
            try {
                for (var r : m.getAllRecipients()) {
                    counts.merge(r.toString(), 1, Integer::sum);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    private static void assertExactlyOnce(List<String> to) {
        Map<String, Integer> counts = received();
        for (String address : to) {
            assertThat(counts.get(address)).as(address).isEqualTo(1);
        }
        assertThat(Db.number("SELECT count(*) FROM notification WHERE recipient LIKE '" + to.get(0)
                .substring(0, to.get(0).indexOf('-', to.get(0).indexOf('-') + 1)) + "-%' AND state <> 'sent'"))
                .isZero();
    }
}
