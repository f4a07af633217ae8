package org.partnermatch.matching;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.matching.core.NeedProfile;
import org.partnermatch.matching.core.SchoolProfile;
import org.partnermatch.school.NeedIndex;
import org.partnermatch.vocabulary.Priority;
import org.partnermatch.vocabulary.Timing;

/**
 * How a school and an open need are read from their rows into the scoring core's profiles: the columns to select and
 * the mapping, written once for the matching index and for the features that read profiles straight from the
 * database (reports and allocation, through {@code report.ReportQueries}). Columns are read by name.
 */
public final class ProfileRows {

    /** A school's columns, for {@code FROM school s}. */
    public static final String SCHOOL_COLUMNS = """
            s.id, s.name, s.latitude, s.longitude, s.region, s.title_i, s.frl_percent, s.ell_percent,
            s.home_languages, s.quality_rank""";

    /** An open need's columns, for {@code FROM need n}. */
    public static final String NEED_COLUMNS = """
            n.id, n.school_id, n.category_code, n.title, n.description, n.grade_low, n.grade_high,
            n.students_affected, n.priority, n.timings, n.languages""";

    private ProfileRows() {
    }

    /** The school on the current row (selected with {@link #SCHOOL_COLUMNS}), with its need index. */
    public static SchoolProfile school(ResultSet rs) throws SQLException {
        Integer rank = rs.getObject("quality_rank") == null ? null : rs.getInt("quality_rank");
        Boolean titleI = (Boolean) rs.getObject("title_i");
        Double frl = nullableDouble(rs, "frl_percent");
        Double ell = nullableDouble(rs, "ell_percent");
        return new SchoolProfile(uuid(rs, "id"), rs.getString("name"),
                nullableDouble(rs, "latitude"), nullableDouble(rs, "longitude"), rs.getString("region"), titleI,
                frl, ell, strings(rs, "home_languages"), rank, NeedIndex.assess(frl, ell, titleI, rank).value());
    }

    /**
     * The need on the current row (selected with {@link #NEED_COLUMNS}).
     *
     * @param declinedBy organizations left out of its matches for a recent decline
     */
    public static NeedProfile need(ResultSet rs, Set<UUID> declinedBy) throws SQLException {
        return new NeedProfile(uuid(rs, "id"), uuid(rs, "school_id"), rs.getString("category_code"),
                rs.getString("title"), rs.getString("description"), rs.getInt("grade_low"), rs.getInt("grade_high"),
                rs.getInt("students_affected"), Priority.valueOf(rs.getString("priority")), timings(rs),
                strings(rs, "languages"), declinedBy);
    }

    static Set<Timing> timings(ResultSet rs) throws SQLException {
        Set<Timing> timings = EnumSet.noneOf(Timing.class);
        for (String value : strings(rs, "timings")) {
            timings.add(Timing.valueOf(value));
        }
        return timings;
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column) == null ? null : rs.getDouble(column);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A text array column as a set, in order, without nulls; empty for NULL. */
    static Set<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return Set.of();
        }
        Object[] values = (Object[]) array.getArray();
        // codes and phrases from small vocabularies, repeated on thousands of rows: interned, each is held once
        Set<String> result = new LinkedHashSet<>();
        for (Object value : values) {
            if (value != null) {
                result.add(value.toString().intern());
            }
        }
        return result;
    }
}
