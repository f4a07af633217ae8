package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.bench.BenchData;
import org.partnermatch.offering.OfferingSearchRepository;
import org.partnermatch.offering.OfferingService.OfferingFilter;
import org.partnermatch.organization.OrganizationSearchRepository;
import org.partnermatch.organization.OrganizationService.OrganizationFilter;
import org.partnermatch.support.EmbeddedPostgresResource;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Timing;
import org.partnermatch.vocabulary.VettingStatus;
import org.partnermatch.support.QueryPlans;

/**
 * Every search filter has an index, and the plan of the query the service runs uses it. In one transaction that is
 * rolled back, 10,000 offerings of 1,000 organizations are generated (BenchData) and analyzed; then each filter's
 * query is EXPLAINed with sequential scans priced out, and its index must appear in the plan. Values are picked to be selective, as a filter worth an index is. The plans are written
 * to target/search-explain.txt. (The benchmark shows the real plan, sequential scans allowed, on 50,000 offerings.)
 */
@QuarkusTest
class SearchExplainTest {

    private static final GeoPoint SEATTLE = new GeoPoint(47.60, -122.33);
    private static final ServedSchool SCHOOL = new ServedSchool(UUID.randomUUID(), 47.55, -122.28, "Southeast");

    @Inject
    OfferingSearchRepository offeringSearch;

    @Inject
    OrganizationSearchRepository organizationSearch;

    @Test
    void everyFilterUsesItsIndex() throws Exception {
        Map<String, Case> cases = new LinkedHashMap<>();
        // offerings
        // text: the search index finds the ids, which are read by primary key
        cases.put("offerings q", offerings(text("math tutoring"), filter(), null, "offering_pkey"));
        cases.put("offerings organizationId", offerings(null, filter(f -> f.organizationId = UUID.randomUUID()), null,
                "offering_org_idx"));
        cases.put("offerings category", offerings(null, filter(f -> f.category = "math"), null, "offering_category_code_idx"));
        cases.put("offerings grade", offerings(null, filter(f -> f.grade = 11), null, "offering_grade_range_idx"));
        cases.put("offerings language", offerings(null, filter(f -> f.language = "fr"), null, "offering_languages_idx"));
        cases.put("offerings timing", offerings(null, filter(f -> f.timing = Timing.summer), null, "offering_timings_idx"));
        cases.put("offerings cost", offerings(null, filter(f -> f.cost = Cost.fee), null, "offering_cost_idx"));
        cases.put("offerings modality", offerings(null, filter(f -> f.modality = Modality.virtual), null, "offering_modality_idx"));
        cases.put("offerings active", offerings(null, filter(f -> f.active = false), null, "offering_active_idx"));
        cases.put("offerings vettingStatus", offerings(null, filter(f -> f.vettingStatus = VettingStatus.suspended), null,
                "organization_vetting_idx"));
        cases.put("offerings leadership", offerings(null, filter(f -> f.leadership = Leadership.youth_led), null, "organization_leadership_idx"));
        cases.put("offerings community", offerings(null, filter(f -> f.community = "native"), null, "organization_communities_idx"));
        cases.put("offerings near+radiusKm", offerings(new SearchRequest(null, SEATTLE, 2.0, null, SearchSort.distance,
                false), filter(), null, "organization_location_idx"));
        cases.put("offerings schoolId", offerings(new SearchRequest(null, null, null, SCHOOL.id(), SearchSort.name,
                false), filter(), SCHOOL, "organization_service_box_idx", "organization_service_regions_idx"));
        cases.put("offerings listing by name (page read off the index)", offerings(null, filter(), null, "offering_name_idx"));
        cases.put("offerings listing by update", offerings(new SearchRequest(null, null, null, null, SearchSort.updated,
                false), filter(), null, "offering_updated_idx"));
        cases.put("offerings text + 2 facets (benchmark query)", offerings(text("math tutoring"),
                filter(f -> { f.language = "so"; f.timing = Timing.after_school; }), null, "offering_pkey"));
        cases.put("offerings text + 2 facets, with facet counts (one statement)", offeringsWithFacets(text("math tutoring"),
                filter(f -> { f.language = "so"; f.timing = Timing.after_school; }), "offering_pkey"));
        // organizations
        cases.put("organizations q", organizations(text("math tutoring"), orgFilter(), null, "organization_pkey"));
        cases.put("organizations vettingStatus", organizations(null, orgFilter(f -> f.vettingStatus = VettingStatus.suspended),
                null, "organization_vetting_idx"));
        cases.put("organizations language", organizations(null, orgFilter(f -> f.language = "fr"), null, "organization_staff_languages_idx"));
        cases.put("organizations leadership", organizations(null, orgFilter(f -> f.leadership = Leadership.youth_led),
                null, "organization_leadership_idx"));
        cases.put("organizations region", organizations(null, orgFilter(f -> f.region = "North"), null, "organization_service_regions_idx"));
        cases.put("organizations community", organizations(null, orgFilter(f -> f.community = "native"), null, "organization_communities_idx"));
        cases.put("organizations near+radiusKm", organizations(new SearchRequest(null, SEATTLE, 2.0, null,
                SearchSort.distance, false), orgFilter(), null, "organization_location_idx"));
        cases.put("organizations schoolId", organizations(new SearchRequest(null, null, null, SCHOOL.id(),
                SearchSort.name, false), orgFilter(), SCHOOL, "organization_service_box_idx",
                "organization_service_regions_idx"));
        cases.put("organizations category", organizations(null, orgFilter(f -> f.category = "dental-health"), null, "offering_category_code_idx"));
        cases.put("organizations grade", organizations(null, orgFilter(f -> f.grade = 12), null, "offering_grade_range_idx"));
        cases.put("organizations timing", organizations(null, orgFilter(f -> f.timing = Timing.before_school), null, "offering_timings_idx"));
        cases.put("organizations modality", organizations(null, orgFilter(f -> f.modality = Modality.hybrid), null, "offering_modality_idx"));
        cases.put("organizations cost", organizations(null, orgFilter(f -> f.cost = Cost.fee), null, "offering_cost_idx"));

        StringBuilder report = new StringBuilder();
        List<String> failures = new ArrayList<>();
        try (Connection connection = EmbeddedPostgresResource.connectAsSuperuser()) { // BenchData switches triggers off
            connection.setAutoCommit(false);
            try {
                BenchData.generate(connection, "e0000000", 1000, 10);
                try (Statement statement = connection.createStatement()) {
                    // New GIN entries wait in a pending list until vacuum (which cannot run in a transaction) merges
                    // them; the planner prices a long pending list as a full read, so merge it as vacuum would.
                    statement.execute("SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i"
                            + " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam"
                            + " WHERE a.amname = 'gin' AND i.indrelid IN ('offering'::regclass, 'organization'::regclass)");
                    statement.execute("SET LOCAL enable_seqscan = off");
                }
                for (Map.Entry<String, Case> entry : cases.entrySet()) {
                    String plan = QueryPlans.explain(connection, entry.getValue().sql(), "");
                    report.append("== ").append(entry.getKey()).append('\n').append(plan).append("\n\n");
                    for (String index : entry.getValue().indexes()) {
                        if (!plan.contains(index)) {
                            failures.add(entry.getKey() + ": " + index + " not used");
                        }
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        Files.writeString(Path.of("target/search-explain.txt"), report);
        assertThat(failures).as("see the plans in target/search-explain.txt").isEmpty();
    }

    record Case(Sql sql, List<String> indexes) {
    }

    private static SearchRequest text(String q) {
        return new SearchRequest(SearchText.parse("q", q), null, null, null, SearchSort.relevance, false);
    }

    private Case offerings(SearchRequest search, OfferingFilter filter, ServedSchool school,
                           String... indexes) {
        Set<String> categories = filter.category() == null ? null : Set.of(filter.category());
        var criteria = new OfferingSearchRepository.Criteria(filter, categories,
                search == null ? SearchRequest.none() : search, school, true, null);
        return new Case(offeringSearch.pageSql(offeringSearch.withText(criteria), 20, 0), List.of(indexes));
    }

    private Case offeringsWithFacets(SearchRequest search, OfferingFilter filter, String... indexes) {
        var criteria = new OfferingSearchRepository.Criteria(filter, null, search, null, true, null);
        return new Case(offeringSearch.pageWithFacetsSql(offeringSearch.withText(criteria), 20, 0), List.of(indexes));
    }

    private Case organizations(SearchRequest search, OrganizationFilter filter, ServedSchool school,
                               String... indexes) {
        Set<String> categories = filter.category() == null ? null : Set.of(filter.category());
        var criteria = new OrganizationSearchRepository.Criteria(filter, categories,
                search == null ? SearchRequest.none() : search, school, true, null, true);
        return new Case(organizationSearch.pageSql(organizationSearch.withText(criteria), 20, 0), List.of(indexes));
    }


    /** Mutable stand-ins for the filter records, so each case sets only its own filter. */
    static final class Offering {
        UUID organizationId;
        String category;
        Integer grade;
        String language;
        Timing timing;
        Cost cost;
        Modality modality;
        Boolean active;
        VettingStatus vettingStatus;
        Leadership leadership;
        String community;
    }

    static final class Organization {
        VettingStatus vettingStatus;
        String language;
        String category;
        Leadership leadership;
        String region;
        Integer grade;
        Timing timing;
        Modality modality;
        Cost cost;
        String community;
    }

    private static OfferingFilter filter(java.util.function.Consumer<Offering> set) {
        Offering f = new Offering();
        set.accept(f);
        return new OfferingFilter(f.organizationId, f.category, f.grade, f.language, f.timing, f.cost, f.modality,
                f.active, f.vettingStatus, f.leadership, f.community);
    }

    private static OfferingFilter filter() {
        return filter(f -> { });
    }

    private static OrganizationFilter orgFilter(java.util.function.Consumer<Organization> set) {
        Organization f = new Organization();
        set.accept(f);
        return new OrganizationFilter(f.vettingStatus, f.language, f.category, f.leadership, f.region, f.grade,
                f.timing, f.modality, f.cost, f.community);
    }

    private static OrganizationFilter orgFilter() {
        return orgFilter(f -> { });
    }
}
