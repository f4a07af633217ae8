package org.partnermatch.school;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SchoolRepository implements PanacheRepositoryBase<School, UUID> {

    public boolean nameTaken(String name, UUID exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name.trim(), exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    public boolean ncesIdTaken(String ncesId, UUID exceptId) {
        return count("ncesId = ?1 and id <> ?2", ncesId, exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    public boolean stateCodeTaken(String stateCode, UUID exceptId) {
        return count("lower(stateCode) = lower(?1) and id <> ?2", stateCode, exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }
}
