package org.partnermatch.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.partnermatch.common.NativeSql;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    /** Whether another organization has this name, compared as people read it: any case, spaces collapsed (V13). */
    public boolean nameTaken(String name, UUID exceptId) {
        return NativeSql.on(getEntityManager(), """
                SELECT count(*) AS found FROM organization
                WHERE lower(regexp_replace(btrim(name), '\\s+', ' ', 'g')) = lower(:name) AND id <> :except""")
                .bind("name", normalized(name))
                .bind("except", exceptId == null ? new UUID(0, 0) : exceptId)
                .one(row -> row.longValue("found")) > 0;
    }

    /** Follows a region's new name in every organization serving it; returns how many changed. */
    public int renameServiceRegion(String from, String to) {
        return NativeSql.on(getEntityManager(), """
                UPDATE organization SET service_regions = array_replace(service_regions, CAST(:from AS VARCHAR(60)),
                    CAST(:to AS VARCHAR(60)))
                WHERE CAST(:from AS VARCHAR(60)) = ANY (service_regions)""")
                .bind("from", from)
                .bind("to", to)
                .update();
    }

    /** A name as stored: trimmed, each run of white space one space. */
    public static String normalized(String name) {
        return name.trim().replaceAll("\\s+", " ");
    }
}
