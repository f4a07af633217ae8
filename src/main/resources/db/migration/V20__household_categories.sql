-- Household-level categories: needs in them concern the students' households (younger siblings, parents), so they
-- may name grades outside the school's own (PK for younger siblings at a K-5 school). A second-level term is
-- household-level when it or its parent is flagged.
ALTER TABLE category ADD COLUMN household BOOLEAN NOT NULL DEFAULT FALSE;

INSERT INTO category (code, parent_code, name, description, sort_order) VALUES
 ('early-learning', 'family-engagement', 'Early learning', 'Play-and-learn groups, preschool and school readiness for younger siblings and their families.', 84)
ON CONFLICT (code) DO NOTHING;

UPDATE category SET household = TRUE WHERE code IN ('basic-needs', 'family-engagement', 'early-learning');
