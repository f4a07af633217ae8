-- Partnership changes still to be turned into e-mails (package notification, docs/notifications.md). The request that
-- changes a partnership writes one row here, beside its partnership_event row and in the same transaction, so the
-- change and its e-mails stand or fall together; and does nothing more. The background worker reads the event, looks
-- up who is told, renders the e-mails into the outbox (table notification, once per event and recipient) and deletes
-- the row, in one transaction. A row whose expansion fails is tried again later without holding up the others.
CREATE TABLE notification_trigger (
    event_id        UUID          PRIMARY KEY REFERENCES partnership_event (id) ON DELETE CASCADE,
    attempts        INTEGER       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX notification_trigger_due_idx ON notification_trigger (next_attempt_at);
