-- Translations of organization and offering descriptions, entered by the organization's staff (or district staff):
-- one per language (an ISO 639 code, as the API validates). The pages show the one in the reader's language, else
-- the original description with its language noted. Deleting the organization or offering deletes them.
CREATE TABLE organization_description_translation (
    organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    language        varchar(3) NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    description     text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
    PRIMARY KEY (organization_id, language)
);

CREATE TABLE offering_description_translation (
    offering_id uuid NOT NULL REFERENCES offering (id) ON DELETE CASCADE,
    language    varchar(3) NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    description text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
    PRIMARY KEY (offering_id, language)
);
