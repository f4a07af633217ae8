-- E-mail notifications (package notification, docs/notifications.md).
-- Outbox: one row per event and recipient, written in the transaction of the change that causes it, with the message
-- already rendered (subject, plain text, HTML), so what is sent is what the change said at the time. A background
-- worker sends pending rows over SMTP (claiming them with SKIP LOCKED, so replicas share the work) and retries with
-- exponential backoff. The event key names the event (a partnership event's id, "reminder-3d:<partnership id>", ...):
-- (event_key, recipient) is unique, so an event noticed twice (a restart, a second sweep) is queued once.
-- State: pending (to send), sent, failed (gave up after the last attempt), kept (no mail server configured: shown on
-- the district's Outbox page instead). Nothing is queued for a recipient who switched that kind of e-mail off.
CREATE TABLE notification (
    id              UUID          PRIMARY KEY,
    event_key       VARCHAR(200)  NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    recipient       VARCHAR(320)  NOT NULL CHECK (recipient = lower(recipient)),
    subject         VARCHAR(300)  NOT NULL,
    body_text       TEXT          NOT NULL,
    body_html       TEXT          NOT NULL,
    state           VARCHAR(10)   NOT NULL DEFAULT 'pending'
                                  CHECK (state IN ('pending', 'sent', 'failed', 'kept')),
    attempts        INTEGER       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    last_error      VARCHAR(500),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    CONSTRAINT notification_event_recipient_uq UNIQUE (event_key, recipient),
    CHECK ((state = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX notification_due_idx ON notification (next_attempt_at) WHERE state = 'pending';
CREATE INDEX notification_created_idx ON notification (created_at DESC);

-- Which e-mails an address gets, per kind: a row only where the person chose differently from the default (per-event
-- kinds on, the weekly digest off). Keyed by the address, so the one-click unsubscribe of an organization's contact
-- address (who may have no account) and a member's own settings are one rule.
CREATE TABLE notification_preference (
    address     VARCHAR(320)  NOT NULL CHECK (address = lower(address)),
    kind        VARCHAR(40)   NOT NULL,
    enabled     BOOLEAN       NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (address, kind)
);
