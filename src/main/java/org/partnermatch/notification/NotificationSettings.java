package org.partnermatch.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** E-mail notification settings (docs/notifications.md). The mail server itself: the standard quarkus.mailer.*. */
@ConfigMapping(prefix = "partnermatch.notifications")
public interface NotificationSettings {

    /** How e-mails leave. */
    enum Delivery {
        /** SMTP when a mail server is configured (quarkus.mailer.host set), otherwise the Outbox page. */
        auto,
        /** Always over SMTP. */
        smtp,
        /** Never over SMTP: kept for the district's Outbox page. */
        outbox,
        /** No e-mail at all: nothing is queued or sent (a staging copy of real data; measuring the cost of e-mail). */
        off
    }

    @WithDefault("auto")
    Delivery delivery();

    /** The site's public address, which links in e-mails start with (no trailing slash). */
    @WithDefault("http://localhost:8080")
    String siteUrl();

    /**
     * Key that signs one-click unsubscribe links (HMAC-SHA256, at least 32 characters). Random at each start unless
     * set, so links in e-mails sent before a restart stop working: set it in production, the same on every replica.
     */
    Optional<String> signingSecret();

    /** How often the sending worker looks for due e-mails (Quarkus scheduler interval, or "off"). */
    @WithDefault("5s")
    String pollEvery();

    /** E-mails claimed per round; a run keeps claiming rounds while they come back full. */
    @WithDefault("50")
    int batchSize();

    /** Wait before the first retry; doubles with each further attempt. */
    @WithDefault("PT30S")
    Duration backoffBase();

    /** Longest wait between two attempts. */
    @WithDefault("PT30M")
    Duration backoffMax();

    /** Attempts before an e-mail is given up (state failed): with the defaults, about two days of outage. */
    @WithDefault("100")
    int maxAttempts();

    /** Longest wait for the mail server to take one e-mail. */
    @WithDefault("PT30S")
    Duration sendTimeout();

    /** How long a claimed e-mail stays with the replica that claimed it before another may retry it. */
    @WithDefault("PT2M")
    Duration lease();

    /** How often reminders (unanswered requests, onboarding expiry) are looked for. */
    @WithDefault("1h")
    String remindEvery();

    /** Days before an unanswered request expires that its partner is reminded. */
    @WithDefault("3,1")
    List<Integer> requestReminderDays();

    /** Days before an onboarding document expires that the organization and district are told. */
    @WithDefault("30")
    int onboardingWarningDays();

    /** When the weekly digest of fitting needs goes out (Quarkus cron), or "off". */
    @WithDefault("0 0 14 ? * MON")
    String digestCron();
}
