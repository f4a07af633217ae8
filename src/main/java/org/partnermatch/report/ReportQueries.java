package org.partnermatch.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.matching.ProfileRows;
import org.partnermatch.matching.core.NeedProfile;
import org.partnermatch.matching.core.SchoolProfile;
import org.partnermatch.school.NeedIndex;

/**
 * Read-only projections for district reports and allocation: schools in scope and their open needs, straight from
 * SQL (no entities), so a report over thousands of needs loads no Hibernate state.
 */
@ApplicationScoped
public class ReportQueries {

    /** Which schools and open needs a report or plan covers; null fields mean "all". */
    public record Scope(String region, String category, Instant createdFrom, Instant createdUntil,
                        Set<UUID> schoolIds) {

        public static Scope all() {
            return new Scope(null, null, null, null, null);
        }
    }

    public record OpenNeed(NeedProfile profile, Instant createdAt) {
    }

    private final AgroalDataSource dataSource;

    public ReportQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Schools in scope (region and school ids; category and dates only restrict needs), by name. */
    public List<SchoolProfile> schools(Scope scope) {
        StringBuilder sql = new StringBuilder("SELECT " + ProfileRows.SCHOOL_COLUMNS + " FROM school s WHERE TRUE");
        List<Object> params = new ArrayList<>();
        schoolConditions(scope, sql, params);
        sql.append(" ORDER BY name, id");
        List<SchoolProfile> schools = new ArrayList<>();
        query(sql.toString(), params, rs -> schools.add(ProfileRows.school(rs)));
        return schools;
    }

    /** Open needs in scope, oldest first (first come, first served for the greedy baseline). */
    public List<OpenNeed> openNeeds(Scope scope) {
        StringBuilder sql = new StringBuilder("SELECT " + ProfileRows.NEED_COLUMNS + ", n.created_at "
                + "FROM need n JOIN school s ON s.id = n.school_id WHERE n.status = 'open'");
        List<Object> params = new ArrayList<>();
        schoolConditions(scope, sql, params);
        if (scope.category() != null) {
            sql.append(" AND (n.category_code = ? OR n.category_code IN (SELECT code FROM category WHERE parent_code = ?))");
            params.add(scope.category());
            params.add(scope.category());
        }
        if (scope.createdFrom() != null) {
            sql.append(" AND n.created_at >= ?");
            params.add(Timestamp.from(scope.createdFrom()));
        }
        if (scope.createdUntil() != null) {
            sql.append(" AND n.created_at < ?");
            params.add(Timestamp.from(scope.createdUntil()));
        }
        sql.append(" ORDER BY n.created_at, n.id");
        List<OpenNeed> needs = new ArrayList<>();
        // declines are applied later, from the matching snapshot, as of the request
        query(sql.toString(), params, rs -> needs.add(new OpenNeed(ProfileRows.need(rs, Set.of()),
                rs.getTimestamp("created_at").toInstant())));
        return needs;
    }

    /**
     * Schools in scope with at least one unknown equity figure, by name, each with the figures that are unknown (named
     * as the API names them).
     */
    public List<IncompleteProfile> incompleteEquity(Scope scope) {
        StringBuilder sql = new StringBuilder("SELECT id, name, region, enrollment IS NULL AS enrollment, "
                + "title_i IS NULL AS title_i, frl_percent IS NULL AS frl, ell_percent IS NULL AS ell, "
                + "home_languages IS NULL AS languages, quality_rank IS NULL AS rank FROM school s WHERE (enrollment "
                + "IS NULL OR title_i IS NULL OR frl_percent IS NULL OR ell_percent IS NULL OR home_languages IS NULL "
                + "OR quality_rank IS NULL)");
        List<Object> params = new ArrayList<>();
        schoolConditions(scope, sql, params);
        sql.append(" ORDER BY name, id");
        List<IncompleteProfile> schools = new ArrayList<>();
        String[][] columns = {{"enrollment", "enrollment"}, {"title_i", "titleI"}, {"frl", "freeReducedLunchPercent"},
                {"ell", "englishLearnerPercent"}, {"languages", "homeLanguages"}, {"rank", "qualityRank"}};
        query(sql.toString(), params, rs -> {
            List<String> missing = new ArrayList<>();
            for (String[] column : columns) {
                if (rs.getBoolean(column[0])) {
                    missing.add(column[1]);
                }
            }
            schools.add(new IncompleteProfile(rs.getObject("id", UUID.class), rs.getString("name"),
                    rs.getString("region"), missing));
        });
        return schools;
    }

    /** A school and its unknown equity figures. */
    public record IncompleteProfile(UUID schoolId, String name, String region, List<String> missing) {
    }

    /** Whether a category code exists. */
    public boolean categoryExists(String code) {
        boolean[] found = new boolean[1];
        query("SELECT 1 FROM category WHERE code = ?", List.of(code), rs -> found[0] = true);
        return found[0];
    }

    private static void schoolConditions(Scope scope, StringBuilder sql, List<Object> params) {
        if (scope.region() != null) {
            sql.append(" AND lower(s.region) = lower(?)");
            params.add(scope.region());
        }
        if (scope.schoolIds() != null) {
            sql.append(" AND s.id = ANY(?)");
            params.add(scope.schoolIds());
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    /**
     * A partnership as a school year saw it: its state at the year's end (its last event before then), what was
     * recorded of it, and its outcomes counted.
     */
    public record YearPartnership(UUID id, UUID schoolId, String schoolName, Boolean titleI, Double needIndex,
                                  UUID organizationId, String organizationName, String state, Integer studentsServed,
                                  List<String> categories, int outcomesMet, int outcomesNotMet, int outcomesNotReported) {
    }

    /**
     * The partnerships of the period [from, until): those with a state change in it, and those already under way
     * (requested, accepted or active) when it began. From the event history, so any past year reads the same again.
     */
    public List<YearPartnership> partnershipsOf(Instant from, Instant until) {
        String sql = """
                WITH at_end AS (
                    SELECT DISTINCT ON (partnership_id) partnership_id, to_state FROM partnership_event
                    WHERE occurred_at < ? ORDER BY partnership_id, occurred_at DESC, id DESC),
                at_start AS (
                    SELECT DISTINCT ON (partnership_id) partnership_id, to_state FROM partnership_event
                    WHERE occurred_at < ? ORDER BY partnership_id, occurred_at DESC, id DESC),
                in_period AS (
                    SELECT DISTINCT partnership_id FROM partnership_event WHERE occurred_at >= ? AND occurred_at < ?)
                SELECT p.id, p.school_id, s.name AS school_name, s.title_i, s.frl_percent, s.ell_percent,
                       s.quality_rank, p.organization_id, o.name AS organization_name, e.to_state AS state,
                       p.students_served,
                       ARRAY(SELECT DISTINCT n.category_code FROM partnership_need pn JOIN need n ON n.id = pn.need_id
                             WHERE pn.partnership_id = p.id ORDER BY 1) AS categories,
                       (SELECT count(*) FROM partnership_outcome WHERE partnership_id = p.id AND result >= target) AS met,
                       (SELECT count(*) FROM partnership_outcome WHERE partnership_id = p.id AND result < target) AS not_met,
                       (SELECT count(*) FROM partnership_outcome WHERE partnership_id = p.id AND result IS NULL) AS open
                FROM partnership p
                JOIN at_end e ON e.partnership_id = p.id
                JOIN school s ON s.id = p.school_id
                JOIN organization o ON o.id = p.organization_id
                LEFT JOIN at_start st ON st.partnership_id = p.id
                WHERE p.id IN (SELECT partnership_id FROM in_period)
                   OR st.to_state IN ('requested', 'accepted', 'active')
                ORDER BY s.name, o.name, p.id""";
        List<Object> params = List.of(java.sql.Timestamp.from(until), java.sql.Timestamp.from(from),
                java.sql.Timestamp.from(from), java.sql.Timestamp.from(until));
        List<YearPartnership> rows = new ArrayList<>();
        query(sql, params, rs -> {
            int rank = rs.getInt("quality_rank");
            Integer qualityRank = rs.wasNull() ? null : rank;
            Boolean titleI = (Boolean) rs.getObject("title_i");
            Double frl = percent(rs, "frl_percent");
            Double ell = percent(rs, "ell_percent");
            int served = rs.getInt("students_served");
            Integer studentsServed = rs.wasNull() ? null : served;
            rows.add(new YearPartnership(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
                    rs.getString("school_name"), titleI,
                    NeedIndex.assess(frl, ell, titleI, qualityRank).value(),
                    rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
                    rs.getString("state"), studentsServed,
                    strings(rs.getArray("categories")).stream().sorted().toList(),
                    rs.getInt("met"), rs.getInt("not_met"), rs.getInt("open")));
        });
        return rows;
    }

    private void query(String sql, List<Object> params, RowHandler handler) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof Set<?> ids) {
                    statement.setArray(i + 1, connection.createArrayOf("uuid", ids.toArray()));
                } else {
                    statement.setObject(i + 1, p);
                }
            }
            statement.setFetchSize(2000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the district's needs", e);
        }
    }

    /** Null when unknown, never zero. */
    private static Double percent(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column) == null ? null : rs.getDouble(column);
    }

    private static Set<String> strings(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (Object value : (Object[]) array.getArray()) {
            if (value != null) {
                values.add(value.toString());
            }
        }
        return values;
    }
}
