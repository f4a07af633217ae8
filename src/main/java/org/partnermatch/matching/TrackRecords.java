package org.partnermatch.matching;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.matching.core.TrackRecord;

/** Where the index reads partners' track records (ratings schools gave them) from. */
public interface TrackRecords {

    Map<UUID, TrackRecord> all(Connection connection) throws SQLException;

    Map<UUID, TrackRecord> of(Connection connection, Set<UUID> organizationIds) throws SQLException;
}
