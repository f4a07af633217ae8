package org.partnermatch.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An outbox row: one rendered e-mail for one recipient, written with the change that caused it, sent later. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    public UUID id;

    /** The event this e-mail is about; (eventKey, recipient) is unique, so an event is queued once per person. */
    @Column(name = "event_key", updatable = false)
    public String eventKey;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    /** Lower-case e-mail address. */
    public String recipient;

    public String subject;

    @Column(name = "body_text")
    public String bodyText;

    @Column(name = "body_html")
    public String bodyHtml;

    /** pending, sent, failed or kept (no mail server: shown on the Outbox page). */
    public String state;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
