-- PartnerMatch directory schema: taxonomy, schools and their stated needs, organizations (CBOs) and offerings.
-- Flyway owns this schema; Hibernate only validates it. Every rule the Java layer enforces is backed here.

CREATE TABLE category (
    code        VARCHAR(64)  PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    parent_code VARCHAR(64)  REFERENCES category (code) ON DELETE RESTRICT,
    name        VARCHAR(120) NOT NULL,
    description VARCHAR(1000),
    sort_order  INTEGER      NOT NULL DEFAULT 0,
    version     BIGINT       NOT NULL DEFAULT 0,
    CHECK (parent_code IS NULL OR parent_code <> code)
);
CREATE INDEX category_parent_idx ON category (parent_code);

CREATE TABLE school (
    id              UUID          PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    grade_low       SMALLINT      NOT NULL CHECK (grade_low BETWEEN -1 AND 12),
    grade_high      SMALLINT      NOT NULL CHECK (grade_high BETWEEN -1 AND 12),
    street          VARCHAR(200),
    city            VARCHAR(100),
    state           VARCHAR(2),
    postal_code     VARCHAR(10),
    latitude        DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude       DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    region          VARCHAR(60)   NOT NULL,
    enrollment      INTEGER       NOT NULL CHECK (enrollment >= 0),
    title_i         BOOLEAN       NOT NULL DEFAULT FALSE,
    frl_percent     NUMERIC(5, 2) NOT NULL CHECK (frl_percent BETWEEN 0 AND 100),
    ell_percent     NUMERIC(5, 2) NOT NULL CHECK (ell_percent BETWEEN 0 AND 100),
    home_languages  VARCHAR(3)[]  NOT NULL DEFAULT '{}',
    quality_rank    SMALLINT      CHECK (quality_rank BETWEEN 1 AND 5),
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (grade_low <= grade_high)
);
CREATE UNIQUE INDEX school_name_uq ON school (lower(name));
CREATE INDEX school_region_idx ON school (region);
CREATE INDEX school_grades_idx ON school (grade_low, grade_high);
CREATE INDEX school_title_i_idx ON school (title_i);
CREATE INDEX school_name_idx ON school (name, id);

CREATE TABLE need (
    id                UUID          PRIMARY KEY,
    school_id         UUID          NOT NULL REFERENCES school (id) ON DELETE CASCADE,
    category_code     VARCHAR(64)   NOT NULL REFERENCES category (code) ON DELETE RESTRICT,
    title             VARCHAR(200)  NOT NULL,
    description       VARCHAR(4000),
    grade_low         SMALLINT      NOT NULL CHECK (grade_low BETWEEN -1 AND 12),
    grade_high        SMALLINT      NOT NULL CHECK (grade_high BETWEEN -1 AND 12),
    students_affected INTEGER       NOT NULL CHECK (students_affected BETWEEN 1 AND 100000),
    priority          VARCHAR(10)   NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    timings           VARCHAR(20)[] NOT NULL DEFAULT '{}'
        CHECK (timings <@ ARRAY['before_school','during_school','after_school','evening','weekend','summer']::VARCHAR(20)[]),
    languages         VARCHAR(3)[]  NOT NULL DEFAULT '{}',
    status            VARCHAR(10)   NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'met', 'closed')),
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (grade_low <= grade_high)
);
CREATE INDEX need_school_idx ON need (school_id, status);
CREATE INDEX need_category_idx ON need (category_code);
CREATE INDEX need_status_idx ON need (status);

CREATE TABLE organization (
    id                 UUID          PRIMARY KEY,
    name               VARCHAR(200)  NOT NULL,
    description        VARCHAR(4000),
    website            VARCHAR(300),
    contact_name       VARCHAR(120),
    email              VARCHAR(254),
    phone              VARCHAR(30),
    street             VARCHAR(200),
    city               VARCHAR(100),
    state              VARCHAR(2),
    postal_code        VARCHAR(10),
    latitude           DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude          DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    service_radius_km  NUMERIC(7, 2) CHECK (service_radius_km > 0 AND service_radius_km <= 1000),
    service_regions    VARCHAR(60)[] NOT NULL DEFAULT '{}',
    staff_languages    VARCHAR(3)[]  NOT NULL DEFAULT '{}',
    communities_served VARCHAR(80)[] NOT NULL DEFAULT '{}',
    leadership         VARCHAR(30)[] NOT NULL DEFAULT '{}'
        CHECK (leadership <@ ARRAY['bipoc_led','black_led','immigrant_refugee_led','latinx_led','native_led','asian_pacific_islander_led','lgbtq_led','women_led','youth_led']::VARCHAR(30)[]),
    vetting_status     VARCHAR(10)   NOT NULL DEFAULT 'pending' CHECK (vetting_status IN ('pending', 'approved', 'suspended')),
    vetting_note       VARCHAR(1000),
    vetted_at          TIMESTAMPTZ,
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    -- A radius needs a centre.
    CHECK (service_radius_km IS NULL OR (latitude IS NOT NULL AND longitude IS NOT NULL)),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE UNIQUE INDEX organization_name_uq ON organization (lower(name));
CREATE INDEX organization_vetting_idx ON organization (vetting_status);
CREATE INDEX organization_staff_languages_idx ON organization USING GIN (staff_languages);
CREATE INDEX organization_leadership_idx ON organization USING GIN (leadership);
CREATE INDEX organization_name_idx ON organization (name, id);

CREATE TABLE offering (
    id                UUID          PRIMARY KEY,
    organization_id   UUID          NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    name              VARCHAR(200)  NOT NULL,
    description       VARCHAR(4000),
    grade_low         SMALLINT      NOT NULL CHECK (grade_low BETWEEN -1 AND 12),
    grade_high        SMALLINT      NOT NULL CHECK (grade_high BETWEEN -1 AND 12),
    timings           VARCHAR(20)[] NOT NULL DEFAULT '{}'
        CHECK (timings <@ ARRAY['before_school','during_school','after_school','evening','weekend','summer']::VARCHAR(20)[]),
    modality          VARCHAR(10)   NOT NULL CHECK (modality IN ('in_person', 'virtual', 'hybrid')),
    languages         VARCHAR(3)[]  NOT NULL DEFAULT '{}',
    cost              VARCHAR(15)   NOT NULL CHECK (cost IN ('free', 'sliding_scale', 'fee')),
    capacity          INTEGER       NOT NULL CHECK (capacity >= 0),
    capacity_unit     VARCHAR(10)   NOT NULL DEFAULT 'students' CHECK (capacity_unit IN ('students', 'schools')),
    capacity_used     INTEGER       NOT NULL DEFAULT 0 CHECK (capacity_used >= 0),
    active            BOOLEAN       NOT NULL DEFAULT TRUE,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (grade_low <= grade_high),
    -- Backstop for the capacity rule: whatever the Java layer does, capacity is never overbooked.
    CHECK (capacity_used <= capacity)
);
CREATE UNIQUE INDEX offering_org_name_uq ON offering (organization_id, lower(name));
CREATE INDEX offering_org_idx ON offering (organization_id);
CREATE INDEX offering_grades_idx ON offering (grade_low, grade_high);
CREATE INDEX offering_languages_idx ON offering USING GIN (languages);
CREATE INDEX offering_timings_idx ON offering USING GIN (timings);
CREATE INDEX offering_cost_idx ON offering (cost);
CREATE INDEX offering_active_idx ON offering (active);
CREATE INDEX offering_name_idx ON offering (name, id);

CREATE TABLE offering_category (
    offering_id   UUID        NOT NULL REFERENCES offering (id) ON DELETE CASCADE,
    category_code VARCHAR(64) NOT NULL REFERENCES category (code) ON DELETE RESTRICT,
    PRIMARY KEY (offering_id, category_code)
);
CREATE INDEX offering_category_code_idx ON offering_category (category_code, offering_id);

-- Marks one-off application data loads (e.g. the demo directory) so they run once per database.
CREATE TABLE data_load (
    name       VARCHAR(60) PRIMARY KEY,
    loaded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
