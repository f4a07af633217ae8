-- Listings kept current: when an organization's or offering's details were last confirmed, and by whom
-- (the caller's subject; null for rows that existed before verification was recorded, or for imports).
ALTER TABLE organization ADD COLUMN last_verified_at timestamptz;
ALTER TABLE organization ADD COLUMN last_verified_by text;
ALTER TABLE offering ADD COLUMN last_verified_at timestamptz;
ALTER TABLE offering ADD COLUMN last_verified_by text;

-- Backfill: the last edit is the last time someone looked at the listing.
UPDATE organization SET last_verified_at = coalesce(updated_at, created_at);
UPDATE offering SET last_verified_at = coalesce(updated_at, created_at);

-- Rows written without it (bulk loads, demo data) count as verified when written.
ALTER TABLE organization ALTER COLUMN last_verified_at SET DEFAULT now();
ALTER TABLE organization ALTER COLUMN last_verified_at SET NOT NULL;
ALTER TABLE offering ALTER COLUMN last_verified_at SET DEFAULT now();
ALTER TABLE offering ALTER COLUMN last_verified_at SET NOT NULL;
ALTER TABLE organization ADD CONSTRAINT organization_verified_by_length CHECK (char_length(last_verified_by) <= 200);
ALTER TABLE offering ADD CONSTRAINT offering_verified_by_length CHECK (char_length(last_verified_by) <= 200);

-- The district's list of stale listings filters on it.
CREATE INDEX organization_last_verified_idx ON organization (last_verified_at);
CREATE INDEX offering_last_verified_idx ON offering (last_verified_at);
