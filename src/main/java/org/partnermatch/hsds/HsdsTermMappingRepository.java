package org.partnermatch.hsds;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class HsdsTermMappingRepository implements PanacheRepositoryBase<HsdsTermMapping, HsdsTermMapping.Key> {
}
