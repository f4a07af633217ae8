package org.partnermatch.offering;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class OfferingRepository implements PanacheRepositoryBase<Offering, UUID> {

    /**
     * Takes {@code units} of capacity in one conditional UPDATE: it matches no row when the capacity left is too
     * small, and PostgreSQL's row lock makes concurrent takers queue and re-check, so capacity is never exceeded.
     * Returns whether the capacity was taken.
     */
    public boolean takeCapacity(UUID id, int units) {
        return getEntityManager().createNativeQuery("UPDATE offering SET capacity_used = capacity_used + ?1,"
                        + " version = version + 1, updated_at = now()"
                        + " WHERE id = ?2 AND capacity_used + ?1 <= capacity")
                .setParameter(1, units)
                .setParameter(2, id)
                .executeUpdate() == 1;
    }

    /** Gives {@code units} of capacity back; false if the offering does not hold that much (a bug upstream). */
    public boolean releaseCapacity(UUID id, int units) {
        return getEntityManager().createNativeQuery("UPDATE offering SET capacity_used = capacity_used - ?1,"
                        + " version = version + 1, updated_at = now()"
                        + " WHERE id = ?2 AND capacity_used >= ?1")
                .setParameter(1, units)
                .setParameter(2, id)
                .executeUpdate() == 1;
    }

    /** Capacity and capacity used as the database has them now (not a possibly stale managed entity). */
    public int[] capacityNow(UUID id) {
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("SELECT capacity, capacity_used FROM offering WHERE id = ?1")
                .setParameter(1, id)
                .getSingleResult();
        return new int[] {((Number) row[0]).intValue(), ((Number) row[1]).intValue()};
    }

    public boolean nameTaken(UUID organizationId, String name, UUID exceptId) {
        return count("organizationId = ?1 and lower(name) = lower(?2) and id <> ?3", organizationId, name.trim(),
                exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }
}
