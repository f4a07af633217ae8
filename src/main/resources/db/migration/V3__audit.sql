-- Audit trail: every change to vetting, needs, offerings, capacity and partnerships (and school/organization
-- profiles) writes one row in the same transaction as the change. Append-only: nothing updates or deletes rows.
CREATE TABLE audit_event (
    id           UUID         PRIMARY KEY,
    occurred_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor        VARCHAR(200) NOT NULL,
    actor_role   VARCHAR(20)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    entity_type  VARCHAR(40)  NOT NULL,
    entity_id    VARCHAR(64)  NOT NULL,
    before_state JSONB,
    after_state  JSONB
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at DESC);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC, id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at DESC);
