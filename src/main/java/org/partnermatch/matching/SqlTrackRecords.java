package org.partnermatch.matching;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.matching.core.TrackRecord;

/**
 * Track records from the {@code organization_track_record} view (rating count and sum of the ratings schools gave
 * each organization). Until partnerships exist in the schema every partner has no ratings, which scores neutrally.
 */
public class SqlTrackRecords implements TrackRecords {

    private static final String VIEW = "organization_track_record";

    @Override
    public Map<UUID, TrackRecord> all(Connection connection) throws SQLException {
        return read(connection, "SELECT organization_id, rating_count, rating_sum FROM " + VIEW, null);
    }

    @Override
    public Map<UUID, TrackRecord> of(Connection connection, Set<UUID> organizationIds) throws SQLException {
        return read(connection, "SELECT organization_id, rating_count, rating_sum FROM " + VIEW
                + " WHERE organization_id = ANY(?)", connection.createArrayOf("uuid", organizationIds.toArray()));
    }

    private static Map<UUID, TrackRecord> read(Connection connection, String sql, Array ids) throws SQLException {
        Map<UUID, TrackRecord> records = new HashMap<>();
        if (!exists(connection)) {
            return records;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (ids != null) {
                statement.setArray(1, ids);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    records.put(rs.getObject("organization_id", UUID.class),
                            new TrackRecord(rs.getInt("rating_count"), rs.getDouble("rating_sum")));
                }
            }
        }
        return records;
    }

    private static boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL AS present")) {
            statement.setString(1, VIEW);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean("present");
            }
        }
    }
}
