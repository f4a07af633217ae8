package org.partnermatch.region;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.partnermatch.common.NativeSql;

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
    public Uses countUses(String name) {
        return NativeSql.on(getEntityManager(), """
                SELECT (SELECT count(*) FROM school WHERE region = :name) AS schools,
                       (SELECT count(*) FROM organization WHERE :name = ANY (service_regions)) AS organizations""")
                .bind("name", name).one(row -> new Uses(row.longValue("schools"), row.longValue("organizations")));
    }

    public record Uses(long schools, long organizations) {
    }
}
