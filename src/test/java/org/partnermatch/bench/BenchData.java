package org.partnermatch.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a large synthetic directory straight in SQL (generate_series, seeded random), for the search benchmark
 * and the EXPLAIN test: organizations around Seattle and their offerings, with names and descriptions drawn from a
 * vocabulary of subjects, formats and audiences, so that text and facet selectivities look like a real directory
 * (a subject word hits a few percent of offerings; a language a tenth to a half; a timing a third).
 * Every id starts with {@code prefix} (8 hex digits), so a second call with the same prefix is a no-op.
 */
public final class BenchData {

    private BenchData() {
    }

    /** Subject word, its title in names, and the category it files under. */
    private static final String[][] SUBJECTS = {
            {"math", "Math", "math"}, {"reading", "Reading", "literacy"}, {"tutoring", "Tutoring", "tutoring"},
            {"homework", "Homework", "homework-help"}, {"english", "English Language", "english-learner-support"},
            {"science", "Science", "stem"}, {"robotics", "Robotics", "coding"}, {"coding", "Coding", "coding"},
            {"gardening", "Garden", "environmental"}, {"music", "Music", "music"}, {"drumming", "Drumming", "music"},
            {"painting", "Painting", "visual-arts"}, {"dance", "Dance", "performing-arts"},
            {"theater", "Theater", "performing-arts"}, {"film", "Film", "media-arts"},
            {"soccer", "Soccer", "team-sports"}, {"basketball", "Basketball", "team-sports"},
            {"swimming", "Swimming", "fitness"}, {"mentoring", "Mentoring", "mentoring"},
            {"leadership", "Leadership", "youth-leadership"}, {"counseling", "Counseling", "mental-health"},
            {"dental", "Dental", "dental-health"}, {"vision", "Vision", "vision-health"},
            {"nutrition", "Nutrition", "physical-health"}, {"parenting", "Parent", "family-workshops"},
            {"navigation", "Family Navigation", "family-navigation"}, {"groceries", "Food", "food"},
            {"clothing", "Clothing", "clothing"}, {"supplies", "School Supplies", "school-supplies"},
            {"diapers", "Baby Supplies", "baby-supplies"}, {"camp", "Summer Camp", "summer-learning"},
            {"college", "College", "college-readiness"}, {"careers", "Career", "career-exploration"},
            {"internships", "Internship", "internships"}, {"chess", "Chess", "stem"},
            {"attendance", "Attendance", "attendance-engagement"}, {"restorative", "Restorative", "restorative-practices"}};
    private static final String[] FORMATS = {"Club", "Program", "Workshops", "Circle", "Academy", "Lab", "Clinic",
            "Coaching", "Drop-in", "Studio", "Support", "Groups", "Nights", "Residency", "Partnership"};
    private static final String[] AUDIENCES = {"students", "families", "young people", "newcomer students",
            "middle schoolers", "teens", "early learners", "parents and caregivers"};
    private static final String[] ORG_WORDS = {"Rainier", "Cascade", "Harbor", "Beacon", "Cedar", "Summit", "Valley",
            "Lake", "Sound", "Evergreen", "Union", "Pioneer", "Olympic", "Duwamish", "Salmon", "Orca", "Madrona",
            "Columbia", "Puget", "Alki"};
    private static final String[] ORG_KINDS = {"Youth Services", "Family Center", "Learning Collective",
            "Community Association", "Arts Alliance", "Health Partners", "Scholars", "Neighborhood House",
            "Foundation", "Coalition"};
    private static final String[] LANGUAGES = {"en", "es", "so", "vi", "zh", "am", "ti", "om", "ar", "km", "ru",
            "uk", "yue", "tl"};
    private static final String[] REGIONS = {"Southeast", "Southwest", "Central", "Northeast", "Northwest", "North"};
    private static final String[] COMMUNITIES = {"East African", "Somali", "Latino", "Vietnamese", "Black",
            "refugee and immigrant families", "Chinese", "Filipino", "Native", "LGBTQ+ youth", "foster youth",
            "families experiencing homelessness", "working families", "students of color", "English learners"};
    private static final String[] LEADERSHIP = {"bipoc_led", "black_led", "immigrant_refugee_led", "latinx_led",
            "asian_pacific_islander_led", "women_led", "youth_led"};
    private static final String[] TIMINGS = {"before_school", "during_school", "after_school", "evening", "weekend",
            "summer"};

    /** Inserts {@code organizations} organizations with {@code perOrganization} offerings each. */
    public static void generate(Connection connection, String prefix, int organizations, int perOrganization)
            throws SQLException {
        if (!prefix.matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("prefix must be 8 hex digits");
        }
        try (PreparedStatement exists = connection.prepareStatement("SELECT count(*) FROM organization WHERE id = ?::uuid")) {
            exists.setString(1, id(prefix, "0000", 1));
            try (ResultSet rows = exists.executeQuery()) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return;
                }
            }
        }
        try (Statement sql = connection.createStatement()) {
            for (String statement : statements(prefix, organizations, perOrganization)) {
                sql.execute(statement);
            }
        }
    }

    /** The SQL statements that generate the data, in order (one transaction; the vocabulary is a temp table). */
    public static List<String> statements(String prefix, int organizations, int perOrganization) {
        List<String> sql = new ArrayList<>();
        // Bulk load: row triggers off for the inserts (V4 change notifications, foreign keys: the data is consistent
        // by construction), then the search documents are computed once, set-based, as the V10 triggers would.
        sql.add("SET LOCAL session_replication_role = replica");
        sql.add("SELECT setseed(0.4242)");
        sql.add("CREATE TEMP TABLE bench_vocab ON COMMIT DROP AS SELECT "
                + array(column(SUBJECTS, 0)) + " AS subject, " + array(column(SUBJECTS, 1)) + " AS title, "
                + array(column(SUBJECTS, 2)) + " AS category, " + array(FORMATS) + " AS format, "
                + array(AUDIENCES) + " AS audience, " + array(ORG_WORDS) + " AS org_word, "
                + array(ORG_KINDS) + " AS org_kind, " + array(LANGUAGES) + " AS language, "
                + array(REGIONS) + " AS region, " + array(COMMUNITIES) + " AS community, "
                + array(LEADERSHIP) + " AS leadership, " + array(TIMINGS) + " AS timing");
        // The regions organizations serve are the district's (V16 vocabulary).
        sql.add("INSERT INTO region (id, name) SELECT gen_random_uuid(), r FROM bench_vocab, unnest(region) AS r"
                + " ON CONFLICT DO NOTHING");
        // Organizations: around Seattle; 90 % approved; 40 % with a service radius; a few regions each.
        sql.add("INSERT INTO organization (id, name, description, latitude, longitude, service_radius_km,"
                + " service_regions, staff_languages, communities_served, leadership, vetting_status)"
                + " SELECT ('" + prefix + "-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,"
                + "  v.org_word[1 + i % 20] || ' ' || v.org_kind[1 + (i / 20) % 10] || ' " + prefix.substring(0, 4) + "-' || i,"
                + "  'A community organization serving ' || v.community[1 + (i * 7) % 15] || ' and '"
                + "   || v.community[1 + (i * 11) % 15] || ' with ' || v.subject[1 + (i * 3) % 37] || ' and '"
                + "   || v.subject[1 + (i * 5) % 37] || ' programs in ' || v.region[1 + i % 6] || ' Seattle.',"
                + "  47.48 + random() * 0.26, -122.42 + random() * 0.17,"
                + "  CASE WHEN random() < 0.4 THEN round((3 + random() * 17)::numeric, 1) END,"
                + "  (SELECT coalesce(array_agg(r), '{}') FROM unnest(v.region) r WHERE random() < 0.35),"
                + "  (SELECT array_agg(DISTINCT l) FROM unnest(ARRAY['en'] || v.language) l WHERE l = 'en' OR random() < 0.2),"
                + "  ARRAY[v.community[1 + (i * 7) % 15], v.community[1 + (i * 11) % 15]],"
                + "  (SELECT coalesce(array_agg(x), '{}') FROM unnest(v.leadership) x WHERE random() < 0.12),"
                + "  CASE WHEN i % 10 = 9 THEN 'pending' WHEN i % 31 = 30 THEN 'suspended' ELSE 'approved' END"
                + " FROM generate_series(1, " + organizations + ") i, bench_vocab v");
        // Offerings: a subject (and a second one in the description), a format, grades, timings, languages.
        sql.add("INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings,"
                + " modality, languages, cost, capacity, active)"
                + " SELECT ('" + prefix + "-0001-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, g.id,"
                + "  v.title[s] || ' ' || v.format[f] || ' ' || k,"
                + "  'Small-group ' || v.subject[s] || ' ' || lower(v.format[f]) || ' for ' || v.audience[a]"
                + "   || ', with ' || v.subject[s2] || ' activities and staff who speak families'' languages.',"
                + "  lo, least(12, lo + (random() * 6)::int),"
                + "  (SELECT array_agg(DISTINCT t) FROM unnest(ARRAY[v.timing[1 + (n * 7) % 6]] || v.timing) t"
                + "    WHERE t = v.timing[1 + (n * 7) % 6] OR random() < 0.12),"
                + "  CASE WHEN n % 7 = 0 THEN 'virtual' WHEN n % 7 = 1 THEN 'hybrid' ELSE 'in_person' END,"
                + "  (SELECT array_agg(DISTINCT l) FROM unnest(g.staff_languages) l WHERE l = 'en' OR random() < 0.8),"
                + "  CASE WHEN n % 6 = 0 THEN 'fee' WHEN n % 6 IN (1, 2) THEN 'sliding_scale' ELSE 'free' END,"
                + "  20 + (random() * 200)::int, n % 13 <> 0"
                + " FROM (SELECT g.id, g.staff_languages, row_number() OVER (ORDER BY g.id) AS gi FROM organization g"
                + "        WHERE g.id::text LIKE '" + prefix + "-0000-%') g"
                + " CROSS JOIN generate_series(1, " + perOrganization + ") k"
                + " CROSS JOIN LATERAL (SELECT (g.gi - 1) * " + perOrganization + " + k AS n) nn"
                + " CROSS JOIN bench_vocab v"
                // "+ 0 * nn.n" ties the random draws to the row, so they are drawn anew for every offering.
                + " CROSS JOIN LATERAL (SELECT 1 + (random() * 36 + 0 * nn.n)::int AS s, 1 + (random() * 36)::int AS s2,"
                + "   1 + (random() * 14)::int AS f, 1 + (random() * 7)::int AS a, (random() * 10)::int - 1 AS lo) r");
        sql.add("INSERT INTO offering_category (offering_id, category_code)"
                + " SELECT DISTINCT o.id, c FROM offering o, bench_vocab v,"
                + "  LATERAL (SELECT array_position(v.title, split_part(o.name, ' ', 1)) AS p1) t,"
                + "  LATERAL unnest(ARRAY[v.category[coalesce(t.p1, array_position(v.title,"
                + "     split_part(o.name, ' ', 1) || ' ' || split_part(o.name, ' ', 2)))]]) c"
                + " WHERE o.id::text LIKE '" + prefix + "-0001-%' AND c IS NOT NULL");
        sql.add("SET LOCAL session_replication_role = origin");
        sql.add("ANALYZE organization");
        sql.add("ANALYZE offering");
        sql.add("ANALYZE offering_category");
        sql.add("SELECT search_refresh_offerings(ARRAY(SELECT id FROM offering WHERE id::text LIKE '" + prefix + "-0001-%'))");
        sql.add("SELECT search_refresh_organizations(ARRAY(SELECT id FROM organization WHERE id::text LIKE '" + prefix + "-0000-%'))");
        return sql;
    }

    static String id(String prefix, String group, long n) {
        return prefix + "-" + group + "-4000-8000-" + String.format("%012x", n);
    }

    private static String[] column(String[][] rows, int index) {
        String[] values = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = rows[i][index];
        }
        return values;
    }

    private static String array(String[] values) {
        StringBuilder sql = new StringBuilder("ARRAY[");
        for (int i = 0; i < values.length; i++) {
            sql.append(i == 0 ? "" : ", ").append('\'').append(values[i].replace("'", "''")).append('\'');
        }
        return sql.append("]::text[]").toString();
    }
}
