package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.partnermatch.bench.BenchData;
import org.partnermatch.common.PageQuery;
import org.partnermatch.offering.OfferingDtos.OfferingResponse;
import org.partnermatch.offering.OfferingSearchRepository;
import org.partnermatch.offering.OfferingSearchRepository.Criteria;
import org.partnermatch.offering.OfferingService.OfferingFilter;
import org.partnermatch.organization.OrganizationDtos.OrganizationResponse;
import org.partnermatch.organization.OrganizationSearchRepository;
import org.partnermatch.organization.OrganizationService.OrganizationFilter;
import org.partnermatch.support.EmbeddedPostgresResource;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Timing;
import org.partnermatch.vocabulary.VettingStatus;

/**
 * Offering and organization facet counts, which the search computes in one pass with its page, equal a plain recount: for every value
 * of every facet, the total of the same search with that facet's filter set to the value (the others unchanged) —
 * what a count promises. And the page that comes with the counts is the page of the same search without them. Over
 * about 2,400 generated offerings (BenchData, in a transaction that is rolled back) with several categories each,
 * top-level ones too, some with no category, language or timing, a third of the organizations offering everything at
 * one cost and timing and under one category (answered from their masks), and varied searches: with and without words,
 * anonymous, a partner seeing its own pending organization, district staff, every facet filter alone and together,
 * the other filters, location, a school, a typo, nothing found, and a page past the end. (Text is found by the
 * search index, which holds committed records only: the generated ones, never committed, are reached by the
 * filters; with text, the hits are the committed records it finds.)
 */
@QuarkusTest
class SearchFacetRecountTest {

    private static final String PREFIX = "fac0c0de";
    /** An organization BenchData leaves pending (every tenth): a partner of it sees its offerings. */
    private static final UUID PENDING = UUID.fromString(PREFIX + "-0000-4000-8000-00000000000a");
    private static final GeoPoint SEATTLE = new GeoPoint(47.60, -122.33);
    private static final ServedSchool SCHOOL = new ServedSchool(UUID.randomUUID(), 47.55, -122.28, "Southeast");

    @Inject
    OfferingSearchRepository offeringSearch;

    @Inject
    SearchEngine engine;

    @Inject
    OrganizationSearchRepository organizationSearch;

    record Case(String name, Criteria criteria, PageQuery page) {
    }

    @Test
    void facetCountsEqualARecountOfEachValue() throws Exception {
        try (Connection connection = EmbeddedPostgresResource.connectAsSuperuser()) { // BenchData switches triggers off
            connection.setAutoCommit(false);
            try {
                generate(connection);
                connection.commit();
                // generated with the change triggers off: the index reads them whole
                engine.index().reloadAll();
                Map<String, Set<String>> categories = categories(connection);
                List<String> languages = strings(connection, "SELECT DISTINCT l FROM offering, unnest(languages) l ORDER BY l");
                int compared = 0;
                for (Case c : cases(categories)) {
                    SearchPage<OfferingResponse> withFacets = offeringSearch.search(connection, c.criteria(), c.page());
                    SearchPage<OfferingResponse> without = offeringSearch.search(connection, withoutFacets(c.criteria()),
                            c.page());
                    assertThat(without.facets()).as(c.name()).isNull();
                    assertThat(withFacets.totalItems()).as(c.name() + ": total").isEqualTo(without.totalItems());
                    assertThat(withFacets.items()).as(c.name() + ": page").isEqualTo(without.items());
                    assertSameAsWalked(connection, c.name(), c.criteria(), c.page(), withFacets);

                    Map<String, Long> category = new LinkedHashMap<>();
                    for (Map.Entry<String, Set<String>> code : categories.entrySet()) {
                        long n = total(connection, with(c.criteria(), "category", code.getKey(), code.getValue()));
                        if (n > 0) {
                            category.put(code.getKey(), n);
                        }
                    }
                    Map<String, Long> language = new LinkedHashMap<>();
                    for (String code : languages) {
                        long n = total(connection, with(c.criteria(), "language", code, null));
                        if (n > 0) {
                            language.put(code, n);
                        }
                    }
                    Map<String, Long> timing = new LinkedHashMap<>();
                    for (Timing t : Timing.values()) {
                        timing.put(t.name(), total(connection, with(c.criteria(), "timing", t.name(), null)));
                    }
                    Map<String, Long> cost = new LinkedHashMap<>();
                    for (Cost k : Cost.values()) {
                        cost.put(k.name(), total(connection, with(c.criteria(), "cost", k.name(), null)));
                    }
                    FacetCounts counts = withFacets.facets();
                    assertThat(counts.category()).as(c.name() + ": category").isEqualTo(category);
                    assertThat(counts.language()).as(c.name() + ": language").isEqualTo(language);
                    assertThat(counts.timing()).as(c.name() + ": timing").isEqualTo(timing);
                    assertThat(counts.cost()).as(c.name() + ": cost").isEqualTo(cost);
                    compared++;
                }
                assertThat(compared).isEqualTo(cases(categories).size());
                setsAgreeWithTheWalk(connection, categories, languages);
                organizationFacetCountsEqualARecountOfEachValue(categories);
            } finally {
                connection.rollback();
                try (Statement sql = connection.createStatement()) {
                    sql.execute("DELETE FROM offering_category WHERE offering_id::text LIKE '" + PREFIX + "%'");
                    sql.execute("DELETE FROM offering WHERE id::text LIKE '" + PREFIX + "%'");
                    sql.execute("DELETE FROM organization WHERE id::text LIKE '" + PREFIX + "%'");
                }
                connection.commit();
                engine.index().reloadAll();
            }
        }
    }

    /** The search answered hit by hit ({@code walk}) gives {@code answered}'s total, page and counts. */
    private void assertSameAsWalked(Connection connection, String name, Criteria criteria, PageQuery page,
                                    SearchPage<OfferingResponse> answered) throws SQLException {
        SearchPage<OfferingResponse> walked = offeringSearch.search(connection, criteria, page, true);
        assertThat(answered.totalItems()).as(name + ": total, walked").isEqualTo(walked.totalItems());
        assertThat(answered.items()).as(name + ": page, walked").isEqualTo(walked.items());
        assertThat(answered.facets()).as(name + ": counts, walked").isEqualTo(walked.facets());
    }

    /**
     * Searches with words that the index answers by intersecting sets of slots give the page and counts of the same
     * search walked hit by hit, over random combinations of every filter it answers that way (category, a parent
     * category, language, timing, cost, grade, modality, active or not, district staff or anyone), each sort, near
     * a point without a radius, and several pages.
     */
    private void setsAgreeWithTheWalk(Connection connection, Map<String, Set<String>> categories, List<String> languages)
            throws SQLException {
        java.util.Random random = new java.util.Random(19);
        List<String> texts = List.of("math", "tutoring", "mentoring youth", "music", "club", "reading", "robtics",
                "camp", "art science");
        List<String> codes = new ArrayList<>(categories.keySet());
        List<String> languageValues = new ArrayList<>(languages);
        languageValues.add("xx");
        int nonEmpty = 0;
        for (int i = 0; i < 160; i++) {
            Offering f = new Offering();
            f.category = random.nextInt(3) == 0 ? codes.get(random.nextInt(codes.size())) : null;
            f.language = random.nextInt(3) == 0 ? languageValues.get(random.nextInt(languageValues.size())) : null;
            f.timing = random.nextInt(3) == 0 ? Timing.values()[random.nextInt(Timing.values().length)] : null;
            f.cost = random.nextInt(3) == 0 ? Cost.values()[random.nextInt(Cost.values().length)] : null;
            f.grade = random.nextInt(4) == 0 ? random.nextInt(15) - 1 : null;
            f.modality = random.nextInt(4) == 0 ? Modality.values()[random.nextInt(Modality.values().length)] : null;
            f.active = random.nextInt(4) == 0 ? random.nextBoolean() : null;
            SearchSort sort = SearchSort.values()[random.nextInt(SearchSort.values().length)];
            GeoPoint near = sort == SearchSort.distance || random.nextInt(4) == 0 ? SEATTLE : null;
            OfferingFilter filter = new OfferingFilter(null, f.category, f.grade, f.language, f.timing, f.cost, f.modality, f.active,
                    null, null, null);
            Criteria criteria = new Criteria(filter, f.category == null ? null : categories.get(f.category),
                    new SearchRequest(SearchText.parse("q", texts.get(random.nextInt(texts.size()))), near, null, null,
                            sort, random.nextInt(5) != 0), null, random.nextBoolean(), Set.of());
            PageQuery page = new PageQuery(random.nextInt(4) == 0 ? random.nextInt(5) : 0, 10 + random.nextInt(20));
            SearchPage<OfferingResponse> answered = offeringSearch.search(connection, criteria, page);
            assertSameAsWalked(connection, "random search " + i + " " + criteria, criteria, page, answered);
            if (answered.totalItems() > 0) {
                nonEmpty++;
            }
        }
        assertThat(nonEmpty).as("random searches with hits").isGreaterThan(40);
    }

    /**
     * The same for organizations, whose category, timing and cost facets count the organizations with one active
     * offering of that value passing the other offering filters, and whose language facet counts staff languages.
     */
    private void organizationFacetCountsEqualARecountOfEachValue(Map<String, Set<String>> categories) {
        List<String> languages = QuarkusTransaction.requiringNew().call(() -> {
            List<String> codes = new ArrayList<>();
            organizations(organizationCriteria(null, new OrganizationFilter(null, null, null, null, null,
                    null, null, null, null, null), categories, true, null), true)
                    .facets().language().keySet().forEach(codes::add);
            return codes;
        });
        assertThat(languages).isNotEmpty();
        List<OrganizationCriteria> cases = List.of(
                organizationCriteria(null, new OrganizationFilter(null, null, null, null, null, null, null, null, null, null),
                        categories, true, null),
                organizationCriteria("tutoring", new OrganizationFilter(null, "so", "academic", null, null, null,
                        Timing.after_school, null, null, null), categories, false, null),
                organizationCriteria("family", new OrganizationFilter(null, null, null, null, "Southeast", 6, null,
                        Modality.in_person, Cost.free, null), categories, false, PENDING),
                organizationCriteria(null, new OrganizationFilter(null, "es", "music", null, null, null, Timing.weekend,
                        null, Cost.fee, null), categories, true, null),
                organizationCriteria(null, new OrganizationFilter(null, null, null, null, null, null, null, null,
                        Cost.free, null), categories, false, null),
                organizationCriteria("youth", new OrganizationFilter(null, null, "arts", null, null, null,
                        Timing.after_school, null, null, null), categories, true, null));
        for (OrganizationCriteria c : cases) {
            SearchPage<OrganizationResponse> withFacets = organizations(c, true);
            SearchPage<OrganizationResponse> without = organizations(c, false);
            assertThat(withFacets.totalItems()).as(c.name() + ": total").isEqualTo(without.totalItems());
            assertThat(withFacets.items()).as(c.name() + ": page").isEqualTo(without.items());
            Map<String, Long> category = new LinkedHashMap<>();
            for (Map.Entry<String, Set<String>> code : categories.entrySet()) {
                long n = organizations(c.with("category", code.getKey(), code.getValue()), false).totalItems();
                if (n > 0) {
                    category.put(code.getKey(), n);
                }
            }
            Map<String, Long> language = new LinkedHashMap<>();
            for (String code : languages) {
                long n = organizations(c.with("language", code, null), false).totalItems();
                if (n > 0) {
                    language.put(code, n);
                }
            }
            Map<String, Long> timing = new LinkedHashMap<>();
            for (Timing t : Timing.values()) {
                timing.put(t.name(), organizations(c.with("timing", t.name(), null), false).totalItems());
            }
            Map<String, Long> cost = new LinkedHashMap<>();
            for (Cost k : Cost.values()) {
                cost.put(k.name(), organizations(c.with("cost", k.name(), null), false).totalItems());
            }
            FacetCounts counts = withFacets.facets();
            assertThat(counts.category()).as(c.name() + ": category").isEqualTo(category);
            assertThat(counts.language()).as(c.name() + ": language").isEqualTo(language);
            assertThat(counts.timing()).as(c.name() + ": timing").isEqualTo(timing);
            assertThat(counts.cost()).as(c.name() + ": cost").isEqualTo(cost);
        }
    }

    /** An organization search's filter, expanded categories and the rest. */
    record OrganizationCriteria(String name, OrganizationFilter filter, Set<String> categories, String q,
                                boolean seesAll, UUID own) {

        /** The criteria with {@code facet}'s filter set to {@code value} (a category expanded to {@code expanded}). */
        OrganizationCriteria with(String facet, String value, Set<String> expanded) {
            OrganizationFilter f = filter;
            return new OrganizationCriteria(name, new OrganizationFilter(f.vettingStatus(),
                    facet.equals("language") ? value : f.language(), facet.equals("category") ? value : f.category(),
                    f.leadership(), f.region(), f.grade(), facet.equals("timing") ? Timing.valueOf(value) : f.timing(),
                    f.modality(), facet.equals("cost") ? Cost.valueOf(value) : f.cost(), f.community()),
                    facet.equals("category") ? expanded : categories, q, seesAll, own);
        }
    }

    private static OrganizationCriteria organizationCriteria(String q, OrganizationFilter filter,
                                                             Map<String, Set<String>> categories, boolean seesAll,
                                                             UUID own) {
        return new OrganizationCriteria((q == null ? "listing" : q) + " " + filter, filter,
                filter.category() == null ? null : categories.get(filter.category()), q, seesAll, own);
    }

    private SearchPage<OrganizationResponse> organizations(OrganizationCriteria c, boolean facets) {
        SearchText text = c.q() == null ? null : SearchText.parse("q", c.q());
        var criteria = new OrganizationSearchRepository.Criteria(c.filter(), c.categories(), new SearchRequest(text,
                null, null, null, text == null ? SearchSort.name : SearchSort.relevance, facets), null, c.seesAll(),
                c.own() == null ? Set.of() : Set.of(c.own()), true);
        return QuarkusTransaction.requiringNew().call(() -> organizationSearch.search(criteria, page(0)));
    }

    /** BenchData's offerings, then more varied: a second category, a parent as well as its child, none at all. */
    private static void generate(Connection connection) throws SQLException {
        BenchData.generate(connection, PREFIX, 300, 8);
        String ours = "o.id::text LIKE '" + PREFIX + "-0001-%'";
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO offering_category (offering_id, category_code) SELECT o.id, k.code FROM offering o"
                    + " CROSS JOIN LATERAL (SELECT code FROM category ORDER BY md5(o.id::text || code) LIMIT 1) k"
                    + " WHERE " + ours + " AND abs(hashtext(o.id::text)) % 3 = 0 ON CONFLICT DO NOTHING");
            sql.execute("INSERT INTO offering_category (offering_id, category_code) SELECT c.offering_id, k.parent_code"
                    + " FROM offering_category c JOIN category k ON k.code = c.category_code JOIN offering o ON o.id = c.offering_id"
                    + " WHERE " + ours + " AND k.parent_code IS NOT NULL AND abs(hashtext(o.id::text)) % 5 = 1"
                    + " ON CONFLICT DO NOTHING");
            sql.execute("DELETE FROM offering_category c USING offering o WHERE o.id = c.offering_id AND " + ours
                    + " AND abs(hashtext(o.id::text)) % 29 = 2");
            sql.execute("UPDATE offering o SET languages = '{}' WHERE " + ours + " AND abs(hashtext(o.id::text)) % 31 = 3");
            sql.execute("UPDATE offering o SET timings = '{}' WHERE " + ours + " AND abs(hashtext(o.id::text)) % 37 = 4");
            // a third of the organizations offer everything at one cost and timing, under one category as well (as
            // many small organizations do): a search can tell from their masks what their offerings pass
            String same = "abs(hashtext(o.organization_id::text)) % 3 = 0";
            sql.execute("UPDATE offering o SET cost = f.cost, timings = f.timings FROM (SELECT DISTINCT ON"
                    + " (organization_id) organization_id, cost, timings FROM offering o WHERE " + ours
                    + " ORDER BY organization_id, id) f WHERE f.organization_id = o.organization_id AND " + ours
                    + " AND " + same);
            sql.execute("INSERT INTO offering_category (offering_id, category_code) SELECT o.id, f.category_code"
                    + " FROM offering o JOIN (SELECT DISTINCT ON (o.organization_id) o.organization_id, c.category_code"
                    + " FROM offering o JOIN offering_category c ON c.offering_id = o.id WHERE " + ours
                    + " ORDER BY o.organization_id, o.id, c.category_code) f ON f.organization_id = o.organization_id"
                    + " WHERE " + ours + " AND " + same + " ON CONFLICT DO NOTHING");
            sql.execute("ANALYZE offering_category");
        }
    }

    private static List<Case> cases(Map<String, Set<String>> categories) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("listing, district", criteria(null, f -> { }, categories, true, null), page(0)));
        cases.add(new Case("listing, anonymous, every facet filter",
                criteria(null, f -> { f.category = "academic"; f.language = "es"; f.timing = Timing.after_school;
                    f.cost = Cost.free; }, categories, false, null), page(0)));
        cases.add(new Case("words, anonymous", criteria("math", f -> { }, categories, false, null), page(0)));
        cases.add(new Case("words, category (top) and language", criteria("tutoring", f -> { f.category = "academic";
            f.language = "es"; }, categories, true, null), page(0)));
        cases.add(new Case("words, category (child), timing, cost, partner of a pending organization",
                criteria("music", f -> { f.category = "music"; f.timing = Timing.weekend; f.cost = Cost.fee; },
                        categories, false, PENDING), page(0)));
        cases.add(new Case("two words, timing and cost", criteria("mentoring youth", f -> {
            f.timing = Timing.after_school; f.cost = Cost.free; }, categories, true, null), page(1)));
        cases.add(new Case("category alone", criteria(null, f -> f.category = "health", categories, false, null), page(0)));
        cases.add(new Case("language alone, sorted by update", criteria(null, f -> f.language = "so", categories, true,
                null, SearchSort.updated), page(0)));
        cases.add(new Case("other filters: grade, modality, leadership, inactive", criteria("club", f -> {
            f.grade = 5; f.modality = Modality.in_person; f.leadership = Leadership.women_led; f.active = false;
            f.language = "en"; }, categories, true, null), page(0)));
        cases.add(new Case("near with a radius, by distance", new Criteria(filter(f -> f.category = "arts"), categories.get("arts"),
                new SearchRequest(null, SEATTLE, 3.0, null, SearchSort.distance, true), null, false, null), page(0)));
        cases.add(new Case("serves a school, words, timing", new Criteria(filter(f -> f.timing = Timing.summer), null,
                new SearchRequest(SearchText.parse("q", "camp"), null, null, SCHOOL.id(), SearchSort.relevance, true),
                SCHOOL, true, null), page(0)));
        cases.add(new Case("a typo, with a language", criteria("robtics clubb", f -> f.language = "en", categories,
                false, null), page(0)));
        cases.add(new Case("words found but filtered to nothing", criteria("math", f -> f.language = "xx",
                categories, true, null), page(0)));
        cases.add(new Case("nothing found at all", criteria("qqzzxxyy", f -> f.cost = Cost.fee, categories, true, null),
                page(0)));
        cases.add(new Case("a page past the end", criteria("reading", f -> f.timing = Timing.evening, categories, false,
                null), new PageQuery(500, 20)));
        return cases;
    }

    private static PageQuery page(int page) {
        return new PageQuery(page, 20);
    }

    /** The total of a search. */
    private long total(Connection connection, Criteria criteria) throws SQLException {
        return offeringSearch.search(connection, withoutFacets(criteria), new PageQuery(0, 1)).totalItems();
    }

    /** The criteria with {@code facet}'s filter set to {@code value} (a category expanded to {@code categories}). */
    private static Criteria with(Criteria criteria, String facet, String value, Set<String> categories) {
        OfferingFilter f = criteria.filter();
        OfferingFilter filter = new OfferingFilter(f.organizationId(),
                facet.equals("category") ? value : f.category(), f.grade(),
                facet.equals("language") ? value : f.language(),
                facet.equals("timing") ? Timing.valueOf(value) : f.timing(),
                facet.equals("cost") ? Cost.valueOf(value) : f.cost(),
                f.modality(), f.active(), f.vettingStatus(), f.leadership(), f.community());
        return new Criteria(filter, facet.equals("category") ? categories : criteria.categories(), criteria.search(),
                criteria.school(), criteria.seesAll(), criteria.ownOrganizations());
    }

    private static Criteria withoutFacets(Criteria criteria) {
        SearchRequest s = criteria.search();
        return new Criteria(criteria.filter(), criteria.categories(),
                new SearchRequest(s.text(), s.near(), s.radiusKm(), s.schoolId(), s.sort(), false), criteria.school(),
                criteria.seesAll(), criteria.ownOrganizations());
    }

    private static Criteria criteria(String q, Consumer<Offering> set,
                                     Map<String, Set<String>> categories, boolean seesAll, UUID own) {
        return criteria(q, set, categories, seesAll, own, q == null ? SearchSort.name : SearchSort.relevance);
    }

    private static Criteria criteria(String q, Consumer<Offering> set,
                                     Map<String, Set<String>> categories, boolean seesAll, UUID own, SearchSort sort) {
        OfferingFilter filter = filter(set);
        SearchText text = q == null ? null : SearchText.parse("q", q);
        return new Criteria(filter, filter.category() == null ? null : categories.get(filter.category()),
                new SearchRequest(text, null, null, null, sort, true), null, seesAll, own == null ? Set.of() : Set.of(own));
    }

    private static OfferingFilter filter(Consumer<Offering> set) {
        Offering f = new Offering();
        set.accept(f);
        return new OfferingFilter(f.organizationId, f.category, f.grade, f.language, f.timing, f.cost, f.modality,
                f.active, f.vettingStatus, f.leadership, f.community);
    }

    /** Every category code → what a filter on it takes in (itself and, for a top-level one, its children). */
    private static Map<String, Set<String>> categories(Connection connection) throws SQLException {
        Map<String, Set<String>> expanded = new LinkedHashMap<>();
        for (String code : strings(connection, "SELECT code FROM category ORDER BY code")) {
            expanded.put(code, new LinkedHashSet<>(List.of(code)));
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT code, parent_code FROM category WHERE parent_code IS NOT NULL")) {
            while (rows.next()) {
                expanded.get(rows.getString(2)).add(rows.getString(1));
            }
        }
        return expanded;
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** A mutable stand-in for the filter record, so each case sets only its own filter. */
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
}
