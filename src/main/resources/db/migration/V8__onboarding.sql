-- Onboarding items district staff track for each organization, each with an expiry date. An item past its expiry
-- flags the organization in reports (view organization_onboarding_flag).
CREATE TABLE onboarding_item (
    id              UUID          PRIMARY KEY,
    organization_id UUID          NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    kind            VARCHAR(30)   NOT NULL CHECK (kind IN ('data_sharing_agreement', 'insurance', 'background_checks')),
    received_on     DATE,
    expires_on      DATE          NOT NULL,
    note            VARCHAR(1000),
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (organization_id, kind),
    CHECK (received_on IS NULL OR expires_on >= received_on)
);
CREATE INDEX onboarding_item_expiry_idx ON onboarding_item (expires_on);

-- Organizations with at least one expired onboarding item (for reports).
CREATE VIEW organization_onboarding_flag AS
SELECT o.id AS organization_id,
       array_agg(i.kind ORDER BY i.kind)::VARCHAR(30)[] AS expired_kinds,
       min(i.expires_on) AS earliest_expiry
FROM organization o
JOIN onboarding_item i ON i.organization_id = o.id
WHERE i.expires_on < current_date
GROUP BY o.id;
