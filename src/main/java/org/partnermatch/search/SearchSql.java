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

    private SearchSql() {
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
        return Sql.of("SELECT a.id FROM organization a WHERE a.service_regions @> ARRAY[?]::varchar[] OR (search_box("
                        + "a.latitude, a.longitude, a.service_radius_km::float8) @> box(point(?, ?), point(?, ?)) AND "
                        + "search_distance_km(a.latitude, a.longitude, ?, ?) <= a.service_radius_km)",
                school.region(), school.longitude(), school.latitude(), school.longitude(), school.latitude(),
                school.latitude(), school.longitude());
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
