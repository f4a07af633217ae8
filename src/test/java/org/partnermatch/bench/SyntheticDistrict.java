package org.partnermatch.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Generates a synthetic district straight in SQL (seconds even at 100,000 offerings): schools spread over Seattle's
 * regions with a skewed equity profile, organizations with service areas and languages, offerings over the
 * second-level categories, and open needs per school. Deterministic for a given scale (setseed).
 */
public final class SyntheticDistrict {

    private SyntheticDistrict() {
    }

    public record Scale(int schools, int organizations, int offerings, int needsPerSchool) {
        public static Scale ofOfferings(int offerings) {
            return new Scale(100, Math.max(50, offerings / 4), offerings, 15);
        }
    }

    /**
     * Generates the district, then vacuums and analyses its tables — what autovacuum does soon after a bulk load
     * (statistics, visibility map) — so that benchmarks measure the steady state rather than whether autovacuum
     * happened to run yet. The connection must be in autocommit mode.
     */
    public static void generate(Connection connection, Scale scale) throws SQLException {
        insert(connection, scale);
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("school", "need", "organization", "offering", "offering_category")) {
                statement.execute("VACUUM ANALYZE " + table);
            }
        }
    }

    private static void insert(Connection connection, Scale scale) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT setseed(0.42)");
            s.execute("CREATE TEMP TABLE words(i int, w text)");
            s.execute("""
                    INSERT INTO words SELECT row_number() OVER (), w FROM unnest(string_to_array(
                    'tutoring math reading literacy mentoring music art dance theater coding robotics science soccer basketball '
                    || 'swimming counseling therapy family workshop parents clothing shoes coats food backpack supplies diapers '
                    || 'college career internship summer camp homework newcomer english somali spanish vietnamese amharic '
                    || 'black youth girls boys leadership garden nutrition dental vision health wellness attendance', ' ')) AS w""");
            s.execute("CREATE TEMP TABLE leaf AS SELECT row_number() OVER (ORDER BY code) AS i, code FROM category WHERE parent_code IS NOT NULL");
            s.execute("CREATE TEMP TABLE langs(i int, code text)");
            s.execute("INSERT INTO langs VALUES (1,'en'),(2,'es'),(3,'so'),(4,'vi'),(5,'zh'),(6,'am'),(7,'ti'),(8,'om'),(9,'tl'),(10,'ru')");
            s.execute("CREATE TEMP TABLE regions(i int, r text)");
            s.execute("INSERT INTO regions VALUES (1,'Southeast'),(2,'Southwest'),(3,'Central'),(4,'Northeast'),(5,'Northwest'),(6,'North')");
            // Schools name regions of the district's vocabulary (V16).
            s.execute("INSERT INTO region (id, name) SELECT gen_random_uuid(), r FROM regions ON CONFLICT DO NOTHING");

            s.execute("""
                    INSERT INTO school (id, name, grade_low, grade_high, latitude, longitude, region, enrollment, title_i,
                                        frl_percent, ell_percent, home_languages, quality_rank)
                    SELECT gen_random_uuid(), 'Bench School ' || g, lo, lo + span, 47.50 + random() * 0.23,
                           -122.40 + random() * 0.14, (SELECT r FROM regions WHERE i = 1 + (g %% 6)),
                           200 + (random() * 900)::int, frl > 50, frl, least(45, frl * random() * 0.6),
                           ARRAY(SELECT code FROM langs WHERE i > 1 AND g > 0 ORDER BY random() LIMIT 3)::varchar(3)[],
                           1 + (random() * 4)::int
                    FROM (SELECT g, (ARRAY[0, 0, 6, 9, -1])[1 + g %% 5] AS lo, (ARRAY[5, 5, 2, 3, 6])[1 + g %% 5] AS span,
                                 round((10 + random() * 85)::numeric, 1) AS frl
                          FROM generate_series(1, %d) g) x""".formatted(scale.schools()));

            s.execute("""
                    INSERT INTO organization (id, name, description, latitude, longitude, service_radius_km, service_regions,
                                              staff_languages, communities_served, leadership, vetting_status, vetted_at)
                    SELECT gen_random_uuid(), 'Bench Organization ' || g,
                           'We offer ' || (SELECT string_agg(w, ' ') FROM (SELECT w FROM words WHERE g > 0 ORDER BY random() LIMIT 12) z),
                           47.50 + random() * 0.23, -122.40 + random() * 0.14, 5 + (random() * 20)::int,
                           ARRAY(SELECT r FROM regions ORDER BY random() LIMIT 1 + (g %% 2))::varchar(60)[],
                           ARRAY(SELECT code FROM langs ORDER BY random() LIMIT 1 + (g %% 3))::varchar(3)[],
                           CASE WHEN g %% 4 = 0 THEN ARRAY['East African','Somali']::varchar(80)[]
                                WHEN g %% 4 = 1 THEN ARRAY['Latino']::varchar(80)[] ELSE '{}'::varchar(80)[] END,
                           CASE WHEN g %% 7 = 0 THEN ARRAY['black_led','bipoc_led']::varchar(30)[] ELSE '{}'::varchar(30)[] END,
                           CASE WHEN g %% 10 = 0 THEN 'pending' ELSE 'approved' END, now()
                    FROM generate_series(1, %d) g""".formatted(scale.organizations()));

            s.execute("CREATE TEMP TABLE orgs AS SELECT row_number() OVER (ORDER BY id) AS i, id FROM organization WHERE name LIKE 'Bench Organization %'");
            s.execute("CREATE INDEX ON orgs (i)");
            s.execute("ANALYZE orgs");
            s.execute("""
                    INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality,
                                          languages, cost, capacity, capacity_unit, capacity_used, active)
                    SELECT gen_random_uuid(), (SELECT id FROM orgs WHERE i = 1 + (g %% %d)), 'Bench offering ' || g,
                           (SELECT string_agg(w, ' ') FROM (SELECT w FROM words WHERE g > 0 ORDER BY random() LIMIT 20) z),
                           lo, least(12, lo + (random() * 6)::int),
                           (ARRAY['{after_school}', '{during_school}', '{after_school,weekend}', '{summer}',
                                  '{evening}'])[1 + g %% 5]::varchar(20)[],
                           (ARRAY['in_person','in_person','in_person','virtual','hybrid'])[1 + g %% 5],
                           ARRAY(SELECT code FROM langs ORDER BY random() LIMIT 1 + (g %% 2))::varchar(3)[],
                           (ARRAY['free','free','free','sliding_scale','fee'])[1 + (g / 5) %% 5],
                           20 + (random() * 180)::int, 'students', 0, g %% 20 <> 0
                    FROM (SELECT g, -1 + (random() * 12)::int AS lo FROM generate_series(1, %d) g) x"""
                    .formatted(scale.organizations(), scale.offerings()));
            s.execute("""
                    INSERT INTO offering_category (offering_id, category_code)
                    SELECT o.id, l.code FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM offering
                                              WHERE name LIKE 'Bench offering %') o
                    JOIN leaf l ON l.i = 1 + (o.n % (SELECT count(*) FROM leaf))
                    UNION
                    SELECT o.id, l.code FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM offering
                                              WHERE name LIKE 'Bench offering %') o
                    JOIN leaf l ON l.i = 1 + ((o.n * 7) % (SELECT count(*) FROM leaf)) WHERE o.n % 3 = 0""");

            s.execute("""
                    INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high,
                                      students_affected, priority, timings, languages, status)
                    SELECT gen_random_uuid(), sc.id, (SELECT code FROM leaf WHERE i = 1 + ((n * 13 + sc.k) %% (SELECT count(*) FROM leaf))),
                           'Need ' || n || ' of ' || sc.name,
                           (SELECT string_agg(w, ' ') FROM (SELECT w FROM words WHERE n > 0 ORDER BY random() LIMIT 10) z),
                           sc.grade_low, sc.grade_high, 10 + (random() * 90)::int,
                           (ARRAY['low','medium','high','urgent'])[1 + n %% 4],
                           (ARRAY['{after_school}', '{during_school}', '{}'])[1 + n %% 3]::varchar(20)[],
                           ARRAY(SELECT code FROM langs WHERE i > 1 ORDER BY random() LIMIT (n %% 2))::varchar(3)[], 'open'
                    FROM (SELECT *, row_number() OVER (ORDER BY id) AS k FROM school WHERE name LIKE 'Bench School %%') sc,
                         generate_series(1, %d) n""".formatted(scale.needsPerSchool()));
            s.execute("ANALYZE");
        }
    }
}
