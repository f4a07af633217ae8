package org.partnermatch.allocation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.partnermatch.allocation.AllocationDtos.AllocationJob;
import org.partnermatch.allocation.AllocationDtos.AllocationPlan;
import org.partnermatch.allocation.AllocationDtos.JobStatus;
import org.partnermatch.allocation.AllocationDtos.PlanScope;

/**
 * Allocation plans kept in the database (table allocation_plan, the plan as JSON), so a plan and its scope outlive a
 * restart. Written on every status change, from the request thread or the allocation job's thread (plain JDBC,
 * autocommit: no transaction to join there). A plan found queued or running after a restart was lost with the
 * process: it reads as failed, with a plain reason.
 */
@ApplicationScoped
public class AllocationPlans {

    private static final String COLUMNS = "id, status, region, category, min_score, school_count, created_at, "
            + "finished_at, error, plan";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public AllocationPlans(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public void save(AllocationJob job) {
        String sql = """
                INSERT INTO allocation_plan (id, status, region, category, min_score, school_count, created_at,
                                             finished_at, error, plan)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, finished_at = EXCLUDED.finished_at,
                    error = EXCLUDED.error, plan = EXCLUDED.plan
                """;
        PlanScope scope = job.scope();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, job.id());
            st.setString(2, job.status().name());
            st.setString(3, scope.region());
            st.setString(4, scope.category());
            st.setBigDecimal(5, BigDecimal.valueOf(scope.minScore()));
            if (scope.schoolCount() == null) {
                st.setNull(6, Types.INTEGER);
            } else {
                st.setInt(6, scope.schoolCount());
            }
            st.setTimestamp(7, Timestamp.from(job.createdAt()));
            st.setTimestamp(8, job.finishedAt() == null ? null : Timestamp.from(job.finishedAt()));
            st.setString(9, job.error());
            st.setString(10, job.plan() == null ? null : json.writeValueAsString(job.plan()));
            st.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not keep allocation plan " + job.id(), e);
        }
    }

    public Optional<AllocationJob> find(UUID id) {
        List<AllocationJob> found = query("SELECT " + COLUMNS + " FROM allocation_plan WHERE id = ?", id, 1);
        return found.stream().findFirst();
    }

    /** The newest plans first. */
    public List<AllocationJob> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM allocation_plan ORDER BY created_at DESC, id LIMIT ?", null, limit);
    }

    private List<AllocationJob> query(String sql, UUID id, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            if (id != null) {
                st.setObject(1, id);
            } else {
                st.setInt(1, limit);
            }
            List<AllocationJob> list = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    list.add(read(rs));
                }
            }
            return list;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not read allocation plans", e);
        }
    }

    private AllocationJob read(ResultSet rs) throws SQLException, JsonProcessingException {
        JobStatus status = JobStatus.valueOf(rs.getString("status"));
        String error = rs.getString("error");
        Timestamp finished = rs.getTimestamp("finished_at");
        if (status == JobStatus.queued || status == JobStatus.running) {
            // read here only when no running process holds it: it was lost in a restart
            status = JobStatus.failed;
            error = "The server restarted before this plan was finished; run it again.";
        }
        int count = rs.getInt("school_count");
        Integer schools = rs.wasNull() ? null : count;
        PlanScope scope = new PlanScope(rs.getString("region"), rs.getString("category"),
                rs.getBigDecimal("min_score").doubleValue(), schools);
        String plan = rs.getString("plan");
        return new AllocationJob((UUID) rs.getObject("id"), status, rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant(), error,
                plan == null ? null : json.readValue(plan, AllocationPlan.class), scope);
    }
}
