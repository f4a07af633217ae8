-- Search synonyms (issue 19): groups of words or short phrases that mean the same to the people searching. A search
-- for one term of a group also finds the others (applied when a search is read, so an edit needs no re-indexing).
-- District staff edit the list (GET/PUT /api/v1/search/synonyms); these rows are the shipped default: everyday words
-- and the directory's words for them, English and Spanish, and the names communities use for themselves.
CREATE TABLE search_synonym (
    id         UUID          PRIMARY KEY DEFAULT gen_random_uuid(),
    position   INTEGER       NOT NULL,
    terms      VARCHAR(60)[] NOT NULL CHECK (cardinality(terms) BETWEEN 2 AND 20),
    updated_at TIMESTAMPTZ   NOT NULL DEFAULT now()
);

INSERT INTO search_synonym (position, terms) VALUES
 (10, ARRAY['coats', 'jackets', 'clothing', 'clothes', 'outerwear', 'ropa']),
 (20, ARRAY['mentor', 'mentoring', 'mentorship', 'mentors']),
 (30, ARRAY['tutor', 'tutoring', 'tutors', 'tutoría']),
 (40, ARRAY['homework', 'homework help', 'tareas', 'tarea']),
 (50, ARRAY['help', 'support', 'ayuda']),
 (60, ARRAY['black', 'african american']),
 (70, ARRAY['latino', 'latina', 'latinx', 'hispanic']),
 (80, ARRAY['native american', 'indigenous', 'american indian', 'native']),
 (90, ARRAY['kids', 'children', 'students', 'youth', 'niños']),
 (100, ARRAY['teens', 'teenagers', 'youth', 'adolescents', 'jóvenes']),
 (110, ARRAY['parents', 'families', 'caregivers', 'padres', 'familias']),
 (120, ARRAY['after school', 'afterschool', 'out of school']),
 (130, ARRAY['food', 'meals', 'groceries', 'nutrition', 'comida']),
 (140, ARRAY['esl', 'ell', 'english learners', 'english language learners', 'multilingual learners']),
 (150, ARRAY['counseling', 'counselling', 'therapy', 'mental health', 'salud mental']),
 (160, ARRAY['math', 'mathematics', 'matemáticas']),
 (170, ARRAY['reading', 'literacy', 'lectura']),
 (180, ARRAY['music', 'música']),
 (190, ARRAY['soccer', 'fútbol', 'futbol']),
 (200, ARRAY['camp', 'camps', 'campamento']),
 (210, ARRAY['glasses', 'eyeglasses', 'vision']),
 (220, ARRAY['dentist', 'dental', 'teeth']),
 (230, ARRAY['sports', 'athletics']),
 (240, ARRAY['jobs', 'employment', 'trabajo', 'empleo']),
 (250, ARRAY['coding', 'programming', 'computer science']),
 (260, ARRAY['lgbtq', 'lgbt', 'queer']);

-- Every replica's search index reads the list again when it changes (one notification per statement).
CREATE OR REPLACE FUNCTION partnermatch_notify_search_synonyms() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('partnermatch_changes', 'search_synonym:all');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER search_synonym_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON search_synonym
    FOR EACH STATEMENT EXECUTE FUNCTION partnermatch_notify_search_synonyms();
