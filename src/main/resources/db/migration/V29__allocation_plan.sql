-- Allocation plans as computed, with the scope they covered: they outlive a restart, and the district pages list them.
CREATE TABLE allocation_plan (
    id           uuid PRIMARY KEY,
    status       text        NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    region       text,
    category     text,
    min_score    numeric(6, 4) NOT NULL CHECK (min_score BETWEEN 0 AND 1),
    school_count integer CHECK (school_count > 0),
    created_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    error        text,
    plan         jsonb
);
CREATE INDEX allocation_plan_created_idx ON allocation_plan (created_at DESC);
