package org.partnermatch.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** SQL fragments both searches share: ranking weights, order, location and "serves this school" conditions. */
public final class SearchSql {

    /** ts_rank_cd weights of D, C, B, A: a name (A) counts ten times what a language or parent category (D) does. */
    public static final String WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'";

    /** How much a name must resemble one word (pg_trgm word similarity) for that word to count as found. */
    public static final double RESEMBLANCE = 0.5;

    /**
     * How much a name must resemble a text of several words: stricter, as a name that holds one of two words
     * exactly already reaches about 0.6.
     */
    public static final double TEXT_RESEMBLANCE = 0.65;

    /**
     * How much an overdue listing's relevance counts: one not confirmed for the verification period plus the grace
     * period (docs/listings.md) ranks as if it matched half as well, below an equally good current one.
     */
    public static final double OVERDUE_WEIGHT = 0.5;

    private SearchSql() {
    }

    /**
     * {@code score} (NULL stays NULL) weighed down by {@link #OVERDUE_WEIGHT} for a listing last confirmed (the SQL
     * expression {@code lastVerified}) before {@code overdueBefore}.
     */
    public static Sql demoted(Sql score, String lastVerified, java.time.Instant overdueBefore) {
        return new Sql().add("(").add(score).add(") * CASE WHEN " + lastVerified + " < ? THEN " + OVERDUE_WEIGHT
                + " ELSE 1 END", java.time.OffsetDateTime.ofInstant(overdueBefore, java.time.ZoneOffset.UTC));
    }

    /** Sets the word-similarity threshold of the {@code <%} operator for the current transaction only. */
    public static void enableResemblance(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT set_config('pg_trgm.word_similarity_threshold', '" + RESEMBLANCE + "', true)");
        }
    }

    /** ORDER BY items over the hit columns id, name, updated_at, score, distance_km (with a table prefix). */
    public static String order(SearchSort sort, String p) {
        return switch (sort) {
            case relevance -> p + "score DESC, " + p + "name, " + p + "id";
            case distance -> p + "distance_km ASC NULLS LAST, " + p + "name, " + p + "id";
            case name -> p + "name, " + p + "id";
            case updated -> p + "updated_at DESC, " + p + "id";
        };
    }

    /** Distance in km from {@code origin} to organization {@code g} (NULL without an origin or a location). */
    public static Sql distance(GeoPoint origin) {
        return origin == null ? Sql.of("NULL::float8")
                : Sql.of("search_distance_km(g.latitude, g.longitude, ?, ?)", origin.latitude(), origin.longitude());
    }

    /** Organization {@code g} is located within {@code radiusKm} of {@code point}: a GiST box first, then haversine. */
    public static Sql within(String g, GeoPoint point, double radiusKm) {
        return Sql.of("point(" + g + ".longitude, " + g + ".latitude) <@ search_box(?, ?, ?) AND search_distance_km("
                        + g + ".latitude, " + g + ".longitude, ?, ?) <= ?",
                point.latitude(), point.longitude(), radiusKm, point.latitude(), point.longitude(), radiusKm);
    }

    /**
     * The ids of organizations whose service area holds the school: the school's region is one of their service
     * regions, or the school lies within their service radius of their location (haversine). The same rule matching
     * uses. A query of its own, so both tests run on their indexes (regions: GIN; radius: GiST over the service box).
     */
    public static Sql organizationsServing(ServedSchool school) {
        if (!school.hasLocation()) {
            return Sql.of("SELECT a.id FROM organization a WHERE a.service_regions @> ARRAY[?]::varchar[]",
                    school.region());
        }
        return Sql.of("SELECT a.id FROM organization a WHERE a.service_regions @> ARRAY[?]::varchar[] OR (search_box("
                        + "a.latitude, a.longitude, a.service_radius_km::float8) @> box(point(?, ?), point(?, ?)) AND "
                        + "search_distance_km(a.latitude, a.longitude, ?, ?) <= a.service_radius_km)",
                school.region(), school.longitude(), school.latitude(), school.longitude(), school.latitude(),
                school.latitude(), school.longitude());
    }

    /** For typo tolerance: the whole text (several words) resembles {@code name}; uses its trigram index. */
    public static Sql textResembles(SearchText text, String name) {
        return Sql.of("? <% " + name + " AND word_similarity(?, " + name + ") >= " + TEXT_RESEMBLANCE,
                text.plain(), text.plain());
    }

    /**
     * For typo tolerance: the ids that every word finds, one way or another. {@code finders} gives, for a word, the
     * queries (each selecting ids) that find it: in the document, or by a name resembling it. Sets are combined with
     * UNION and INTERSECT rather than OR, so every query runs on its own index.
     */
    public static Sql everyWordFound(SearchText text, java.util.function.Function<String, List<Sql>> finders) {
        Sql sql = new Sql();
        boolean firstWord = true;
        for (String word : text.words()) {
            sql.add(firstWord ? "(" : " INTERSECT (");
            boolean firstFinder = true;
            for (Sql finder : finders.apply(word)) {
                sql.add(firstFinder ? "(" : " UNION (").add(finder).add(")");
                firstFinder = false;
            }
            sql.add(")");
            firstWord = false;
        }
        return sql;
    }

    /** A nullable double column rounded to {@code decimals}. */
    public static Double rounded(ResultSet rows, String column, int decimals) throws SQLException {
        double value = rows.getDouble(column);
        if (rows.wasNull()) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
