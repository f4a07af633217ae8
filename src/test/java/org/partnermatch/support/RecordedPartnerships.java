package org.partnermatch.support;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.partnermatch.report.PartnershipFacts;
import org.partnermatch.report.SqlPartnershipFacts;

/**
 * Partnerships do not exist on this branch's schema, so report tests record the partnerships their scenario
 * needs here. What the database holds (nothing, until the partnership feature lands) is always included; each test
 * records rows about its own fresh records only, so tests never see each other's.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordedPartnerships implements PartnershipFacts {

    private static final List<UUID> ACTIVE_NEEDS = new CopyOnWriteArrayList<>();
    private static final List<PartnershipRow> ROWS = new CopyOnWriteArrayList<>();

    private final SqlPartnershipFacts database;

    public RecordedPartnerships(AgroalDataSource dataSource) {
        this.database = new SqlPartnershipFacts(dataSource);
    }

    public static void record(Set<UUID> activeNeeds, List<PartnershipRow> rows) {
        ACTIVE_NEEDS.addAll(activeNeeds);
        ROWS.addAll(rows);
    }

    @Override
    public Set<UUID> needsWithActivePartnership() {
        Set<UUID> needs = new HashSet<>(database.needsWithActivePartnership());
        needs.addAll(ACTIVE_NEEDS);
        return needs;
    }

    @Override
    public List<PartnershipRow> countedPartnerships() {
        List<PartnershipRow> rows = new ArrayList<>(database.countedPartnerships());
        rows.addAll(ROWS);
        return rows;
    }
}
