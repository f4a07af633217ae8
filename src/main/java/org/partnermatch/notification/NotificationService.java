package org.partnermatch.notification;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.partnermatch.account.MembershipService;
import org.partnermatch.common.NativeSql;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.ProblemException;
import org.partnermatch.notification.NotificationDtos.OutboxEntry;
import org.partnermatch.notification.NotificationDtos.PreferenceView;
import org.partnermatch.notification.NotificationDtos.PreferencesRequest;
import org.partnermatch.notification.NotificationDtos.PreferencesResponse;
import org.partnermatch.notification.NotificationDtos.UnsubscribeView;
import org.partnermatch.security.Caller;

/**
 * The notification outbox and people's e-mail settings. {@link #enqueue} renders an e-mail per recipient and writes
 * it inside the caller's transaction (so it exists exactly when the change does); {@link NotificationDispatcher} sends
 * it later. Recipients who switched that kind off get nothing; an (event, recipient) pair already queued is skipped.
 */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final MembershipService memberships;
    private final UnsubscribeTokens tokens;
    private final NotificationSettings settings;
    private final Caller caller;
    private final Template text;
    private final Template html;
    private final boolean smtp;

    public NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences,
                               MembershipService memberships, UnsubscribeTokens tokens, NotificationSettings settings,
                               Caller caller, @Location("mail/message.txt") Template text,
                               @Location("mail/message.html") Template html) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.memberships = memberships;
        this.tokens = tokens;
        this.settings = settings;
        this.caller = caller;
        this.text = text;
        this.html = html;
        this.smtp = switch (settings.delivery()) {
            case smtp -> true;
            case outbox, off -> false;
            case auto -> mailServerConfigured();
        };
    }

    /**
     * The rule of {@code delivery=auto}: a mail server is configured when {@code quarkus.mailer.host} is set anywhere
     * (environment, system property, application.properties), not merely defaulted.
     */
    static boolean mailServerConfigured() {
        return mailServerConfigured(ConfigProvider.getConfig().getConfigValue("quarkus.mailer.host"));
    }

    /** Set, non-blank, and from a real source (application.properties 250, .env 295, environment 300, -D 400). */
    static boolean mailServerConfigured(ConfigValue host) {
        return host != null && host.getValue() != null && !host.getValue().isBlank() && host.getSourceOrdinal() >= 100;
    }

    /** Whether e-mails go out over SMTP (else they are kept for the Outbox page, or not written at all). */
    public boolean sendsMail() {
        return smtp;
    }

    /** Whether e-mails are written at all ({@code delivery=off}: no). */
    public boolean enabled() {
        return settings.delivery() != NotificationSettings.Delivery.off;
    }

    /**
     * Queues one e-mail per recipient who wants this kind, in the caller's transaction; returns how many were queued
     * (an address already queued for this event counts as not queued).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(String eventKey, NotificationKind kind, Collection<String> recipients, MailContent content) {
        if (!enabled()) {
            return 0;
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (String r : recipients) {
            if (r != null && !r.isBlank() && r.length() <= 320) {
                addresses.add(r.strip().toLowerCase(Locale.ROOT));
            }
        }
        List<String> wanting = preferences.wanting(addresses, kind);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String state = smtp ? "pending" : "kept";
        int queued = 0;
        for (String address : wanting) {
            UUID id = UUID.randomUUID();
            Map<String, Object> data = Map.of("content", content, "kind", kind, "siteUrl", siteUrl(),
                    "unsubscribeUrl", unsubscribeUrl(id));
            // ON CONFLICT: the same event noticed twice (a retried sweep, a restart) queues nothing new.
            queued += NativeSql.on(notifications.getEntityManager(), """
                    INSERT INTO notification (id, event_key, kind, recipient, subject, body_text, body_html, state,
                        next_attempt_at, created_at)
                    VALUES (:id, :eventKey, :kind, :recipient, :subject, :text, :html, :state, :now, :now)
                    ON CONFLICT ON CONSTRAINT notification_event_recipient_uq DO NOTHING""")
                    .bind("id", id)
                    .bind("eventKey", MailContent.oneLine(eventKey, 200))
                    .bind("kind", kind.name())
                    .bind("recipient", address)
                    .bind("subject", content.subject())
                    .bind("text", render(text, data))
                    .bind("html", render(html, data))
                    .bind("state", state)
                    .bind("now", now)
                    .update();
        }
        return queued;
    }

    private static String render(Template template, Map<String, Object> data) {
        var instance = template.instance();
        data.forEach(instance::data);
        return instance.render();
    }

    public String siteUrl() {
        return settings.siteUrl().replaceAll("/+$", "");
    }

    /** The one-click unsubscribe address of an e-mail (List-Unsubscribe, RFC 8058; also its page). */
    public String unsubscribeUrl(UUID notificationId) {
        return siteUrl() + "/unsubscribe/" + tokens.issue(notificationId);
    }

    /** The signed-in person's settings, per kind. */
    @Transactional
    public PreferencesResponse myPreferences() {
        String address = requireAddress();
        return view(address);
    }

    /** Switches kinds on or off for the signed-in person. */
    @Transactional
    public PreferencesResponse updateMyPreferences(PreferencesRequest request) {
        String address = requireAddress();
        request.preferences().forEach((kind, enabled) -> set(address, kind, enabled));
        return view(address);
    }

    private PreferencesResponse view(String address) {
        Map<NotificationKind, Boolean> current = preferences.settingsOf(address);
        List<PreferenceView> views = new ArrayList<>();
        current.forEach((kind, enabled) -> views.add(new PreferenceView(kind, kind.description(), enabled,
                kind.onByDefault())));
        return new PreferencesResponse(address, views);
    }

    private void set(String address, NotificationKind kind, boolean enabled) {
        var key = new NotificationPreference.Key(address, kind);
        NotificationPreference p = preferences.findByIdOptional(key).orElse(null);
        if (p == null) {
            p = new NotificationPreference();
            p.key = key;
            p.enabled = enabled;
            p.updatedAt = Instant.now();
            preferences.persist(p);
        } else {
            p.enabled = enabled;
            p.updatedAt = Instant.now();
        }
    }

    private String requireAddress() {
        return memberships.verifiedAddress().orElseThrow(() -> ProblemException.forbidden(
                "E-mail settings belong to people who sign in with the district's sign-in service and whose e-mail "
                        + "address it verified."));
    }

    /** What an unsubscribe link would stop (for its page); 404 for a link this service did not sign. */
    @Transactional
    public UnsubscribeView unsubscribeView(String token) {
        Notification n = byToken(token);
        boolean enabled = preferences.settingsOf(n.recipient).get(n.kind);
        return new UnsubscribeView(n.kind, n.kind.description(), mask(n.recipient), enabled);
    }

    /** One-click unsubscribe (RFC 8058): switches the link's kind off for the e-mail's recipient. Idempotent. */
    @Transactional
    public UnsubscribeView unsubscribe(String token) {
        Notification n = byToken(token);
        set(n.recipient, n.kind, false);
        return new UnsubscribeView(n.kind, n.kind.description(), mask(n.recipient), false);
    }

    private Notification byToken(String token) {
        return tokens.verify(token).flatMap(notifications::findByIdOptional)
                .orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                        "This unsubscribe link is not valid. Sign in to change your e-mail settings."));
    }

    /** "c…@example.org": enough for a person to recognise their address on a page anyone with the link can open. */
    static String mask(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "…" : address.charAt(0) + "…" + address.substring(at);
    }

    /** The newest e-mails, for the district's Outbox page. */
    @Transactional
    public PageResponse<OutboxEntry> outbox(PageQuery page) {
        if (!caller.district()) {
            throw ProblemException.forbidden("Only district staff read the outbox.");
        }
        var query = notifications.find("order by createdAt desc, id");
        long total = query.count();
        return PageResponse.of(query.page(page.page(), page.size()).list(), OutboxEntry::from, page, total);
    }
}
