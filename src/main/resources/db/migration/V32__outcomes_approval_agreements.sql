-- Accountability (package outcome, docs/partnerships.md "Outcomes and approval", docs/district.md "Annual report").
-- A partnership becomes active only once the school's principal has approved it: who and when.
ALTER TABLE partnership
    ADD COLUMN approved_by         VARCHAR(200),
    ADD COLUMN approved_at         TIMESTAMPTZ,
    -- What either side recorded as done, in aggregate only: never a student's identity.
    ADD COLUMN students_served     INTEGER CHECK (students_served >= 0),
    ADD COLUMN sessions_held       INTEGER CHECK (sessions_held >= 0),
    ADD COLUMN actuals_recorded_at TIMESTAMPTZ,
    ADD CONSTRAINT partnership_approval_pair CHECK ((approved_by IS NULL) = (approved_at IS NULL));
-- Partnerships that started before approvals were recorded keep their start as the approval.
UPDATE partnership SET approved_by = 'recorded at start', approved_at = started_at WHERE started_at IS NOT NULL;

-- The outcomes the two parties agreed (a short list: measure, target, unit) and each one's result.
CREATE TABLE partnership_outcome (
    id             UUID          PRIMARY KEY,
    partnership_id UUID          NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    position       SMALLINT      NOT NULL CHECK (position BETWEEN 1 AND 10),
    measure        VARCHAR(200)  NOT NULL,
    target         INTEGER       NOT NULL CHECK (target >= 0),
    unit           VARCHAR(60)   NOT NULL,
    result         INTEGER       CHECK (result >= 0),
    UNIQUE (partnership_id, position)
);

-- Which school year an onboarding document (the data-sharing agreement above all) covers, such as 2026-27.
ALTER TABLE onboarding_item ADD COLUMN school_year VARCHAR(7) CHECK (school_year ~ '^[0-9]{4}-[0-9]{2}$');
UPDATE onboarding_item SET school_year =
    CASE WHEN extract(month FROM expires_on - 1) >= 7 THEN extract(year FROM expires_on - 1)::int
         ELSE extract(year FROM expires_on - 1)::int - 1 END
    || '-' || lpad((((CASE WHEN extract(month FROM expires_on - 1) >= 7 THEN extract(year FROM expires_on - 1)::int
         ELSE extract(year FROM expires_on - 1)::int - 1 END) + 1) % 100)::text, 2, '0')
    WHERE kind = 'data_sharing_agreement';
