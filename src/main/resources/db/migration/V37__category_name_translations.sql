-- Names of taxonomy terms in other languages (one per ISO 639 language), shown on the pages to readers of that
-- language; a term without one shows its English name. District staff keep them through /api/v1/categories
-- (nameTranslations). Deleting a term deletes its translations.
CREATE TABLE category_name_translation (
    category_code varchar(64) NOT NULL REFERENCES category (code) ON DELETE CASCADE ON UPDATE CASCADE,
    language      varchar(3)  NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    name          varchar(120) NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
    PRIMARY KEY (category_code, language)
);

-- Spanish names of the shipped taxonomy (V2, V20): only for terms the district has not renamed since, so a
-- translation never names something other than the English beside it.
INSERT INTO category_name_translation (category_code, language, name)
SELECT c.code, 'es', v.spanish
FROM category c
JOIN (VALUES
 ('academic', 'Academic support', 'Apoyo académico'),
 ('enrichment', 'Enrichment and STEM', 'Enriquecimiento y STEM'),
 ('arts', 'Arts and music', 'Artes y música'),
 ('sports', 'Sports and physical activity', 'Deportes y actividad física'),
 ('youth-development', 'Mentoring and youth development', 'Mentoría y desarrollo juvenil'),
 ('social-emotional', 'Social-emotional learning', 'Aprendizaje socioemocional'),
 ('health', 'Health and wellness', 'Salud y bienestar'),
 ('family-engagement', 'Family engagement', 'Participación familiar'),
 ('basic-needs', 'Basic needs', 'Necesidades básicas'),
 ('expanded-learning', 'Before/after-school and summer', 'Antes y después de clases y verano'),
 ('college-career', 'College and career', 'Universidad y carrera'),
 ('tutoring', 'Tutoring (all subjects)', 'Tutoría (todas las materias)'),
 ('literacy', 'Reading and literacy', 'Lectura y alfabetización'),
 ('math', 'Math tutoring', 'Tutoría de matemáticas'),
 ('homework-help', 'Homework help', 'Ayuda con las tareas'),
 ('english-learner-support', 'English-learner support', 'Apoyo a estudiantes de inglés'),
 ('in-class-support', 'In-class support', 'Apoyo en el aula'),
 ('stem', 'STEM', 'STEM (ciencia, tecnología, ingeniería y matemáticas)'),
 ('coding', 'Coding and computer science', 'Programación e informática'),
 ('environmental', 'Environmental and outdoor education', 'Educación ambiental y al aire libre'),
 ('music', 'Music', 'Música'),
 ('visual-arts', 'Visual arts', 'Artes visuales'),
 ('performing-arts', 'Dance and theater', 'Danza y teatro'),
 ('media-arts', 'Media arts', 'Artes mediáticas'),
 ('team-sports', 'Team sports', 'Deportes de equipo'),
 ('fitness', 'Fitness and recreation', 'Ejercicio y recreación'),
 ('mentoring', 'Mentoring', 'Mentoría'),
 ('youth-leadership', 'Youth leadership', 'Liderazgo juvenil'),
 ('sel-skills', 'SEL skills', 'Habilidades socioemocionales'),
 ('attendance-engagement', 'Attendance and engagement', 'Asistencia y compromiso escolar'),
 ('restorative-practices', 'Restorative practices', 'Prácticas restaurativas'),
 ('mental-health', 'Mental health', 'Salud mental'),
 ('physical-health', 'Physical health', 'Salud física'),
 ('dental-health', 'Dental health', 'Salud dental'),
 ('vision-health', 'Vision', 'Salud visual'),
 ('family-workshops', 'Family workshops', 'Talleres para familias'),
 ('family-navigation', 'Family navigation and interpretation', 'Orientación e interpretación para familias'),
 ('parent-leadership', 'Parent leadership', 'Liderazgo de padres y madres'),
 ('early-learning', 'Early learning', 'Aprendizaje temprano'),
 ('food', 'Food', 'Alimentos'),
 ('clothing', 'Clothing', 'Ropa'),
 ('school-supplies', 'School supplies', 'Útiles escolares'),
 ('housing-utilities', 'Housing and utilities', 'Vivienda y servicios básicos'),
 ('baby-supplies', 'Baby supplies', 'Artículos para bebés'),
 ('hygiene', 'Hygiene', 'Higiene'),
 ('before-after-school-care', 'Before/after-school care', 'Cuidado antes y después de clases'),
 ('summer-learning', 'Summer learning', 'Aprendizaje de verano'),
 ('college-readiness', 'College readiness', 'Preparación para la universidad'),
 ('career-exploration', 'Career exploration', 'Exploración de carreras'),
 ('internships', 'Internships and jobs', 'Prácticas y empleos')
) AS v (code, english, spanish) ON v.code = c.code AND v.english = c.name;
