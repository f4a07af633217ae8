package org.partnermatch.region;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, UUID> {

    public List<Region> listByName() {
        return list("order by lower(name), id");
    }

    public Optional<Region> findByName(String name) {
        return find("lower(name) = lower(?1)", name.strip()).firstResultOptional();
    }

    /** The region that lists this five-digit ZIP code, if any. */
    public Optional<Region> findByZip(String zip5) {
        return find("select r from Region r join r.zipCodes z where z = ?1", zip5).firstResultOptional();
    }

    /** Schools in the region and organizations that serve it (by its stored spelling). */
    public long[] countUses(String name) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery(
                "SELECT (SELECT count(*) FROM school WHERE region = ?1),"
                        + " (SELECT count(*) FROM organization WHERE ?1 = ANY (service_regions))")
                .setParameter(1, name)
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
