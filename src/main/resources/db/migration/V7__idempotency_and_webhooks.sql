-- Idempotency keys of POSTs that create partnership requests and feedback. Scoped to the caller (token subject);
-- the first response is stored with the key, so a retry gets it back. Kept for the configured retention (>= 24 h),
-- then removed by a cleanup job; an expired key may be used again.
CREATE TABLE idempotency_key (
    caller        VARCHAR(200)  NOT NULL,
    idem_key      VARCHAR(255)  NOT NULL,
    operation     VARCHAR(300)  NOT NULL,
    request_hash  CHAR(64)      NOT NULL,
    status        SMALLINT,
    location      VARCHAR(1000),
    etag          VARCHAR(100),
    response_body TEXT,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    expires_at    TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (caller, idem_key),
    CHECK (expires_at >= created_at + INTERVAL '24 hours')
);
CREATE INDEX idempotency_key_expiry_idx ON idempotency_key (expires_at);

-- Webhook settings, one per school or organization, managed by its owners or district staff. The secret signs
-- deliveries (HMAC-SHA256); it must be readable to sign, so it is stored as given and never returned by the API.
CREATE TABLE webhook_subscription (
    id          UUID          PRIMARY KEY,
    school_id       UUID      UNIQUE REFERENCES school (id) ON DELETE CASCADE,
    organization_id UUID      UNIQUE REFERENCES organization (id) ON DELETE CASCADE,
    url         VARCHAR(500)  NOT NULL CHECK (url ~ '^https?://'),
    secret      VARCHAR(200)  NOT NULL CHECK (length(secret) >= 32),
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    -- Belongs to exactly one school or one organization.
    CHECK ((school_id IS NULL) <> (organization_id IS NULL))
);

-- Outbox: one row per event and subscription, written in the transaction of the change; a background worker
-- delivers it later (claiming rows with SKIP LOCKED, so replicas share the work), retrying with exponential backoff.
CREATE TABLE webhook_delivery (
    id              UUID          PRIMARY KEY,
    subscription_id UUID          NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_type      VARCHAR(40)   NOT NULL,
    payload         TEXT          NOT NULL,
    state           VARCHAR(10)   NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts        INTEGER       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    last_status     INTEGER,
    last_error      VARCHAR(500),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    delivered_at    TIMESTAMPTZ,
    CHECK ((state = 'delivered') = (delivered_at IS NOT NULL))
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE state = 'pending';
CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, created_at DESC);
