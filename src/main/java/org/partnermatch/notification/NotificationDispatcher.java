package org.partnermatch.notification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sends queued e-mails in the background, never on a request's path. Each round claims due e-mails with one statement
 * ({@code FOR UPDATE SKIP LOCKED}, so replicas never send the same row at once) and pushes their next attempt past a
 * lease; the round's e-mails go to the mail server together (the mailer's connection pool), and each is then marked
 * sent, or scheduled again after {@code backoffBase × 2^(attempt-1)} (capped at backoffMax). After maxAttempts, or at
 * once when the server refuses it for good (a 5xx reply such as "550 no such mailbox"), it is given up (failed). A run keeps claiming rounds while they come back full, so a burst drains in one run.
 *
 * <p>Exactly-once as far as this side can make it: a row is claimed by one worker at a time and marked sent in the
 * same run that sent it; only if the process dies between the server's "250 OK" and that mark is an e-mail sent again
 * (after the lease). Each e-mail carries its row's id in {@code X-PartnerMatch-Notification}.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);

    private final AgroalDataSource dataSource;
    private final NotificationSettings settings;
    private final NotificationService notifications;
    private final ReactiveMailer mailer;
    private final NotificationTriggers triggers;

    public NotificationDispatcher(AgroalDataSource dataSource, NotificationSettings settings,
                                  NotificationService notifications, ReactiveMailer mailer,
                                  NotificationTriggers triggers) {
        this.triggers = triggers;
        this.dataSource = dataSource;
        this.settings = settings;
        this.notifications = notifications;
        this.mailer = mailer;
    }

    @Scheduled(identity = "notification-dispatcher", every = "${partnermatch.notifications.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (!notifications.enabled()) {
            return;
        }
        try {
            if (notifications.sendsMail()) {
                deliverAllDue();
            } else {
                triggers.expandDue(); // kept for the Outbox page
            }
        } catch (RuntimeException e) {
            LOG.warn("E-mail delivery run failed; will retry on the next run", e);
        }
    }

    /**
     * Turns due partnership changes into e-mails, then sends due e-mails round after round until a round comes back
     * short; returns how many were attempted.
     */
    public int deliverAllDue() {
        triggers.expandDue();
        int total = 0;
        int round;
        do {
            round = deliverDue();
            total += round;
        } while (round == settings.batchSize());
        return total;
    }

    /** Sends one round of due e-mails; returns how many were attempted. */
    public int deliverDue() {
        List<Claimed> batch = claim();
        List<CompletableFuture<Void>> sending = new ArrayList<>(batch.size());
        for (Claimed c : batch) {
            Mail mail = Mail.withText(c.recipient(), c.subject(), c.text())
                    .setHtml(c.html())
                    .addHeader("List-Unsubscribe", "<" + notifications.unsubscribeUrl(c.id()) + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                    .addHeader("Auto-Submitted", "auto-generated")
                    .addHeader("X-PartnerMatch-Notification", c.id().toString())
                    .addHeader("X-PartnerMatch-Kind", c.kind());
            CompletableFuture<Void> sent;
            try {
                sent = mailer.send(mail).subscribeAsCompletionStage();
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e);
            }
            sending.add(sent);
        }
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        for (int i = 0; i < batch.size(); i++) {
            finish(batch.get(i), outcome(sending.get(i), deadline));
        }
        return batch.size();
    }

    record Claimed(UUID id, String kind, String recipient, String subject, String text, String html, int attempt) {
    }

    /**
     * Why an attempt failed (no address, no message text: those stay out of logs and rows), and whether trying again
     * can help: a 5xx reply (RFC 5321 §4.2.1: "550 mailbox unavailable", "553 mailbox name not allowed") is permanent
     * and given up at once; refused connections, timeouts and 4xx replies are tried again.
     */
    record Failure(String reason, boolean permanent) {

        static Failure of(Throwable cause) {
            if (cause instanceof io.vertx.ext.mail.SMTPException smtp) {
                return new Failure("SMTP " + smtp.getReplyCode() + (smtp.isPermanent() ? " (permanent)" : ""),
                        smtp.isPermanent());
            }
            return new Failure(cause.getClass().getSimpleName(), false);
        }
    }

    /** null when sent; else why not. */
    private static Failure outcome(CompletableFuture<Void> sending, long deadline) {
        try {
            sending.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failure("interrupted", false);
        } catch (TimeoutException e) {
            sending.cancel(true);
            return new Failure("the mail server did not answer in time", false);
        } catch (ExecutionException e) {
            return Failure.of(e.getCause() == null ? e : e.getCause());
        }
    }

    private List<Claimed> claim() {
        String sql = """
                UPDATE notification SET attempts = attempts + 1,
                    next_attempt_at = now() + (? * INTERVAL '1 millisecond')
                WHERE id IN (SELECT id FROM notification WHERE state = 'pending' AND next_attempt_at <= now()
                    ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING id, kind, recipient, subject, body_text, body_html, attempts""";
        List<Claimed> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, settings.lease().toMillis());
            statement.setInt(2, settings.batchSize());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getObject("id", UUID.class), rs.getString("kind"),
                            rs.getString("recipient"), rs.getString("subject"), rs.getString("body_text"),
                            rs.getString("body_html"), rs.getInt("attempts")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim e-mails to send", e);
        }
        return claimed;
    }

    private void finish(Claimed c, Failure failure) {
        String error = failure == null ? null : failure.reason();
        boolean giveUp = failure != null && (failure.permanent() || c.attempt() >= settings.maxAttempts());
        String sql = error == null
                ? "UPDATE notification SET state = 'sent', sent_at = now(), last_error = NULL WHERE id = ?"
                : giveUp ? "UPDATE notification SET state = 'failed', last_error = ? WHERE id = ?"
                : "UPDATE notification SET last_error = ?, next_attempt_at = now() + (? * INTERVAL '1 millisecond')"
                        + " WHERE id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (error == null) {
                statement.setObject(1, c.id());
            } else if (giveUp) {
                statement.setString(1, error);
                statement.setObject(2, c.id());
            } else {
                statement.setString(1, error);
                statement.setLong(2, backoff(c.attempt()).toMillis());
                statement.setObject(3, c.id());
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            // The lease runs out and the e-mail is tried again (at-least-once; see the class comment).
            LOG.warnf("Could not record the outcome of e-mail %s", c.id());
        }
        if (error != null) {
            LOG.debugf("E-mail %s attempt %d failed: %s", c.id(), c.attempt(), error);
        }
    }

    /** Wait after the given failed attempt: base × 2^(attempt-1), at most backoffMax. */
    Duration backoff(int attempt) {
        Duration wait = settings.backoffBase();
        for (int i = 1; i < attempt && wait.compareTo(settings.backoffMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.backoffMax()) > 0 ? settings.backoffMax() : wait;
    }
}
