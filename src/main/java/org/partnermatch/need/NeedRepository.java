package org.partnermatch.need;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class NeedRepository implements PanacheRepositoryBase<Need, UUID> {
}
