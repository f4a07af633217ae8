-- HSDS import (issue 17, part 5): records imported from an Open Referral HSDS publisher keep the publisher's id, so a
-- re-import updates them instead of adding them again; and a district-editable mapping from HSDS taxonomy terms to
-- PartnerMatch categories.

-- external_source names the publisher (the import's ?source=, e.g. 'wa211'); external_id is the HSDS id it gave.
-- Ids are unique per source; records created in PartnerMatch have neither.
ALTER TABLE organization
    ADD COLUMN external_source VARCHAR(100),
    ADD COLUMN external_id     VARCHAR(200),
    ADD CONSTRAINT organization_external_ck CHECK ((external_source IS NULL) = (external_id IS NULL));
CREATE UNIQUE INDEX organization_external_uq ON organization (external_source, external_id)
    WHERE external_id IS NOT NULL;

ALTER TABLE offering
    ADD COLUMN external_source VARCHAR(100),
    ADD COLUMN external_id     VARCHAR(200),
    ADD CONSTRAINT offering_external_ck CHECK ((external_source IS NULL) = (external_id IS NULL));
CREATE UNIQUE INDEX offering_external_uq ON offering (external_source, external_id)
    WHERE external_id IS NOT NULL;

-- One row per HSDS taxonomy term the district has decided about. A term matches when its taxonomy equals
-- `taxonomy` ('' matches any taxonomy) and its code or, failing that, its name equals `term` (both compared in
-- lower case, as stored). category_code NULL means "known, and deliberately no category" (reported as ignored,
-- not as unmapped). Terms of PartnerMatch's own export (taxonomy 'PartnerMatch categories') need no row: their
-- code is the category's code.
CREATE TABLE hsds_term_mapping (
    taxonomy      VARCHAR(200) NOT NULL DEFAULT '' CHECK (taxonomy = lower(btrim(taxonomy))),
    term          VARCHAR(200) NOT NULL CHECK (term = lower(btrim(term)) AND term <> ''),
    category_code VARCHAR(64)  REFERENCES category (code) ON DELETE CASCADE ON UPDATE CASCADE,
    PRIMARY KEY (taxonomy, term)
);

-- Sensible starting points, editable at PUT /api/v1/imports/hsds/taxonomy-mapping: common service-type words that
-- 211 directories (Open Eligibility, AIRS/211 LA names) use for what schools ask partners for, and the placeholder
-- term the Open Referral example documents attach to their counselling service.
INSERT INTO hsds_term_mapping (taxonomy, term, category_code) VALUES
 ('',         'tutoring',                   'tutoring'),
 ('',         'literacy',                   'literacy'),
 ('',         'homework help',              'homework-help'),
 ('',         'english as a second language','english-learner-support'),
 ('',         'esl',                        'english-learner-support'),
 ('',         'mentoring',                  'mentoring'),
 ('',         'counseling',                 'mental-health'),
 ('',         'counselling',                'mental-health'),
 ('',         'mental health',              'mental-health'),
 ('',         'mental health care',         'mental-health'),
 ('',         'health education',           'physical-health'),
 ('',         'dental care',                'dental-health'),
 ('',         'vision care',                'vision-health'),
 ('',         'food',                       'food'),
 ('',         'food pantry',                'food'),
 ('',         'clothing',                   'clothing'),
 ('',         'school supplies',            'school-supplies'),
 ('',         'housing',                    'housing-utilities'),
 ('',         'utilities',                  'housing-utilities'),
 ('',         'baby supplies',              'baby-supplies'),
 ('',         'personal hygiene',           'hygiene'),
 ('',         'after school programs',      'before-after-school-care'),
 ('',         'before and after school care','before-after-school-care'),
 ('',         'summer programs',            'summer-learning'),
 ('',         'sports',                     'team-sports'),
 ('',         'recreation',                 'fitness'),
 ('',         'arts and culture',           'visual-arts'),
 ('',         'music',                      'music'),
 ('',         'parenting education',        'family-workshops'),
 ('',         'case management',            'family-navigation'),
 ('',         'college preparation',        'college-readiness'),
 ('',         'job training',               'career-exploration'),
 ('',         'internships',                'internships'),
 ('taxonomy', 'code',                       'mental-health');
