-- Schools are recorded with what is known. A district's directory (name, grades, address, coordinates) and the
-- state's equity figures arrive from different sources at different times, so every equity figure may be unknown:
-- NULL means unknown, never zero. home_languages NULL is unknown; '{}' is "none reported".
ALTER TABLE school
    ALTER COLUMN enrollment DROP NOT NULL,
    ALTER COLUMN title_i DROP NOT NULL,
    ALTER COLUMN title_i DROP DEFAULT,
    ALTER COLUMN frl_percent DROP NOT NULL,
    ALTER COLUMN ell_percent DROP NOT NULL,
    ALTER COLUMN home_languages DROP NOT NULL,
    ALTER COLUMN home_languages DROP DEFAULT,
    ALTER COLUMN region DROP NOT NULL;

-- Identifiers other systems use: the NCES school id (12 digits) and the state's school code; both optional, unique.
ALTER TABLE school
    ADD COLUMN nces_id     VARCHAR(12) CHECK (nces_id ~ '^[0-9]{12}$'),
    ADD COLUMN state_code  VARCHAR(30) CHECK (state_code ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    ADD COLUMN school_type VARCHAR(40),
    -- Where each equity figure came from: {"freeReducedLunchPercent": {"source": "...", "schoolYear": "2024-25",
    -- "recordedAt": "..."}, ...}; a figure without an entry was entered before sources were kept.
    ADD COLUMN equity_sources JSONB NOT NULL DEFAULT '{}'::jsonb;
CREATE UNIQUE INDEX school_nces_id_uq ON school (nces_id);
CREATE UNIQUE INDEX school_state_code_uq ON school (lower(state_code));
