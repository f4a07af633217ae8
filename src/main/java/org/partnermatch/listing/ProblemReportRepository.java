package org.partnermatch.listing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ProblemReportRepository implements PanacheRepositoryBase<ProblemReport, UUID> {
}
