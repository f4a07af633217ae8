-- Partnerships: a school's request to an offering for one or more of its open needs, and its lifecycle.
--
--   requested --accept--> accepted --start--> active --complete--> completed
--       |                     |                  |
--       +--decline--> declined|                  |
--       +--expire---> expired |                  |
--       +--cancel-------------+------cancel------+--> cancelled
--
-- Accepting takes capacity from the offering (1 for 'schools' offerings, students_to_serve for 'students' ones) in
-- the same transaction, by a conditional UPDATE on offering; capacity_held records what this partnership holds so a
-- cancellation gives back exactly that. offering's CHECK (capacity_used <= capacity) is the backstop.
CREATE TABLE partnership (
    id                UUID          PRIMARY KEY,
    school_id         UUID          NOT NULL REFERENCES school (id) ON DELETE RESTRICT,
    organization_id   UUID          NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,
    offering_id       UUID          NOT NULL REFERENCES offering (id) ON DELETE RESTRICT,
    state             VARCHAR(12)   NOT NULL DEFAULT 'requested'
        CHECK (state IN ('requested', 'accepted', 'declined', 'active', 'completed', 'cancelled', 'expired')),
    message           VARCHAR(2000),
    students_to_serve INTEGER       NOT NULL CHECK (students_to_serve BETWEEN 1 AND 100000),
    start_date        DATE          NOT NULL,
    end_date          DATE          NOT NULL,
    capacity_held     INTEGER       NOT NULL DEFAULT 0 CHECK (capacity_held >= 0),
    decline_reason    VARCHAR(1000),
    cancel_reason     VARCHAR(1000),
    cancelled_by      VARCHAR(10)   CHECK (cancelled_by IN ('school', 'partner', 'district')),
    requested_by      VARCHAR(200)  NOT NULL,
    requested_at      TIMESTAMPTZ   NOT NULL,
    expires_at        TIMESTAMPTZ   NOT NULL,
    responded_at      TIMESTAMPTZ,
    started_at        TIMESTAMPTZ,
    completed_at      TIMESTAMPTZ,
    closed_at         TIMESTAMPTZ,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (end_date >= start_date),
    CHECK (expires_at > requested_at),
    -- Capacity is held exactly while the partnership is accepted, active or completed (a term's capacity stays
    -- used by what was delivered in it).
    CHECK ((state IN ('accepted', 'active', 'completed')) = (capacity_held > 0)),
    CHECK (state <> 'declined' OR decline_reason IS NOT NULL),
    CHECK (state <> 'cancelled' OR (cancel_reason IS NOT NULL AND cancelled_by IS NOT NULL))
);
-- One open request per school and offering: a school cannot ask the same offering twice while a request is
-- waiting or a partnership from it is running.
CREATE UNIQUE INDEX partnership_open_uq ON partnership (school_id, offering_id)
    WHERE state IN ('requested', 'accepted', 'active');
CREATE INDEX partnership_school_idx ON partnership (school_id, created_at DESC);
CREATE INDEX partnership_organization_idx ON partnership (organization_id, created_at DESC);
CREATE INDEX partnership_offering_idx ON partnership (offering_id, state);
CREATE INDEX partnership_state_idx ON partnership (state, created_at DESC);
-- The expiry job's scan.
CREATE INDEX partnership_expiry_idx ON partnership (expires_at) WHERE state = 'requested';

CREATE TABLE partnership_need (
    partnership_id UUID NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    need_id        UUID NOT NULL REFERENCES need (id) ON DELETE RESTRICT,
    PRIMARY KEY (partnership_id, need_id)
);
CREATE INDEX partnership_need_need_idx ON partnership_need (need_id);

-- Every state change, for the parties to list (GET /partnerships/{id}/events) and for webhooks.
CREATE TABLE partnership_event (
    id             UUID          PRIMARY KEY,
    partnership_id UUID          NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    occurred_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    type           VARCHAR(40)   NOT NULL,
    from_state     VARCHAR(12)   CHECK (from_state IN ('requested', 'accepted', 'declined', 'active', 'completed', 'cancelled', 'expired')),
    to_state       VARCHAR(12)   NOT NULL CHECK (to_state IN ('requested', 'accepted', 'declined', 'active', 'completed', 'cancelled', 'expired')),
    actor          VARCHAR(200)  NOT NULL,
    actor_role     VARCHAR(20)   NOT NULL,
    note           VARCHAR(1000)
);
CREATE INDEX partnership_event_partnership_idx ON partnership_event (partnership_id, occurred_at, id);
