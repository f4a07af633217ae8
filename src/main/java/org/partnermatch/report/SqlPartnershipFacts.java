package org.partnermatch.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@link PartnershipFacts} read straight from the partnership feature's tables when they exist
 * ({@code to_regclass}), and empty otherwise: reports then show no partnerships rather than failing.
 */
@ApplicationScoped
public class SqlPartnershipFacts implements PartnershipFacts {

    private static final String ACTIVE_NEEDS = """
            SELECT DISTINCT pn.need_id FROM partnership p
            JOIN partnership_need pn ON pn.partnership_id = p.id WHERE p.state IN ('accepted', 'active')""";
    private static final String COUNTED = """
            SELECT p.id, p.school_id, p.offering_id, o.organization_id, p.state
            FROM partnership p JOIN offering o ON o.id = p.offering_id
            WHERE p.state IN ('accepted', 'active', 'completed')""";

    private final AgroalDataSource dataSource;

    public SqlPartnershipFacts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Set<UUID> needsWithActivePartnership() {
        Set<UUID> needs = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, "partnership") || !exists(connection, "partnership_need")) {
                return needs;
            }
            try (PreparedStatement statement = connection.prepareStatement(ACTIVE_NEEDS);
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    needs.add(rs.getObject("need_id", UUID.class));
                }
            }
            return needs;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read partnerships", e);
        }
    }

    @Override
    public List<PartnershipRow> countedPartnerships() {
        List<PartnershipRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, "partnership")) {
                return rows;
            }
            try (PreparedStatement statement = connection.prepareStatement(COUNTED);
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PartnershipRow(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
                            rs.getObject("offering_id", UUID.class), rs.getObject("organization_id", UUID.class),
                            rs.getString("state")));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read partnerships", e);
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL AS present")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean("present");
            }
        }
    }
}
