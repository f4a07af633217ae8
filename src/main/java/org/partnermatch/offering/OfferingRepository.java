package org.partnermatch.offering;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.partnermatch.common.NativeSql;

@ApplicationScoped
public class OfferingRepository implements PanacheRepositoryBase<Offering, UUID> {

    /**
     * Takes {@code units} of capacity in one conditional UPDATE: it matches no row when the capacity left is too
     * small, and PostgreSQL's row lock makes concurrent takers queue and re-check, so capacity is never exceeded.
     * Returns whether the capacity was taken.
     */
    public boolean takeCapacity(UUID id, int units) {
        return NativeSql.on(getEntityManager(), """
                UPDATE offering SET capacity_used = capacity_used + :units, version = version + 1, updated_at = now()
                WHERE id = :id AND capacity_used + :units <= capacity""")
                .bind("units", units).bind("id", id).update() == 1;
    }

    /** Gives {@code units} of capacity back; false if the offering does not hold that much (a bug upstream). */
    public boolean releaseCapacity(UUID id, int units) {
        return NativeSql.on(getEntityManager(), """
                UPDATE offering SET capacity_used = capacity_used - :units, version = version + 1, updated_at = now()
                WHERE id = :id AND capacity_used >= :units""")
                .bind("units", units).bind("id", id).update() == 1;
    }

    /** Capacity and capacity used as the database has them now (not a possibly stale managed entity). */
    public CapacityNow capacityNow(UUID id) {
        return NativeSql.on(getEntityManager(), "SELECT capacity, capacity_used FROM offering WHERE id = :id")
                .bind("id", id).one(row -> new CapacityNow(row.integer("capacity"), row.integer("capacity_used")));
    }

    public record CapacityNow(int capacity, int used) {
    }

    public boolean nameTaken(UUID organizationId, String name, UUID exceptId) {
        return count("organizationId = ?1 and lower(name) = lower(?2) and id <> ?3", organizationId, name.trim(),
                exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }
}
