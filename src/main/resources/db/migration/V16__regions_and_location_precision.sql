-- Issue 17, parts 6 and 7.
-- Regions become a district-managed vocabulary (optionally with ZIP codes) that schools and organizations pick
-- from, and every stored location says whether it is exact or the centre of its ZIP code.

CREATE TABLE region (
    id          UUID         PRIMARY KEY,
    name        VARCHAR(60)  NOT NULL CHECK (name = btrim(name) AND name <> ''),
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    -- Schools refer to the name (their foreign key below follows a rename).
    CONSTRAINT region_name_key UNIQUE (name)
);
-- Names are unique whatever their case.
CREATE UNIQUE INDEX region_name_lower_uq ON region (lower(name));

-- A ZIP code lies in at most one region, so a school's region can be derived from its ZIP code.
CREATE TABLE region_zip_code (
    postal_code VARCHAR(5)  PRIMARY KEY CHECK (postal_code ~ '^[0-9]{5}$'),
    region_id   UUID        NOT NULL REFERENCES region (id) ON DELETE CASCADE
);
CREATE INDEX region_zip_code_region_idx ON region_zip_code (region_id);

-- Seed the vocabulary from the regions schools and organizations use now: one region per name compared without
-- case and outer spaces, spelled as most records spell it. Existing data stays valid.
WITH uses AS (
    SELECT btrim(region) AS name FROM school
    UNION ALL
    SELECT btrim(r) FROM organization, unnest(service_regions) AS r
), spellings AS (
    SELECT name, row_number() OVER (PARTITION BY lower(name) ORDER BY count(*) DESC, name) AS rank
    FROM uses WHERE name <> '' GROUP BY name
)
INSERT INTO region (id, name)
SELECT gen_random_uuid(), left(name, 60) FROM spellings WHERE rank = 1;

-- Every use takes the region's own spelling.
UPDATE school s SET region = r.name
FROM region r
WHERE lower(btrim(s.region)) = lower(r.name) AND s.region <> r.name;

UPDATE organization o SET service_regions = (
    SELECT coalesce(array_agg(r.name ORDER BY k.first_seen), '{}')
    FROM (SELECT lower(btrim(x)) AS key, min(pos) AS first_seen
          FROM unnest(o.service_regions) WITH ORDINALITY AS u(x, pos)
          WHERE btrim(x) <> ''
          GROUP BY lower(btrim(x))) k
    JOIN region r ON lower(r.name) = k.key)
WHERE cardinality(o.service_regions) > 0;

-- A school's region is one of the district's. Renaming a region carries over; deleting one in use is refused
-- (the service says so first, with counts). Organizations' service_regions is an array, which a foreign key cannot
-- cover: the organization service checks it and follows renames.
ALTER TABLE school ADD CONSTRAINT school_region_fk
    FOREIGN KEY (region) REFERENCES region (name) ON UPDATE CASCADE ON DELETE RESTRICT;

-- How precisely each location is known. Rows written before (or by hand) have typed coordinates: exact.
ALTER TABLE school ADD COLUMN location_precision VARCHAR(12) NOT NULL DEFAULT 'exact'
    CHECK (location_precision IN ('exact', 'zip_centroid'));
ALTER TABLE organization ADD COLUMN location_precision VARCHAR(12) NOT NULL DEFAULT 'exact'
    CHECK (location_precision IN ('exact', 'zip_centroid'));
-- An approximate location is a ZIP code centre: it needs the ZIP code and the coordinates.
ALTER TABLE school ADD CONSTRAINT school_zip_centroid_check
    CHECK (location_precision = 'exact' OR postal_code IS NOT NULL);
ALTER TABLE organization ADD CONSTRAINT organization_zip_centroid_check
    CHECK (location_precision = 'exact' OR (postal_code IS NOT NULL AND latitude IS NOT NULL));
