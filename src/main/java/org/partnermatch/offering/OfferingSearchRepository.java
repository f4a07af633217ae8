package org.partnermatch.offering;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.common.ListingsConfig;
import org.partnermatch.common.PageQuery;
import org.partnermatch.offering.OfferingDtos.OfferingResponse;
import org.partnermatch.offering.OfferingService.OfferingFilter;
import org.partnermatch.search.Facets;
import org.partnermatch.search.GeoPoint;
import org.partnermatch.search.Highlight;
import org.partnermatch.search.Highlights;
import org.partnermatch.search.Listed;
import org.partnermatch.search.NameOrder;
import org.partnermatch.search.OfferingColumns;
import org.partnermatch.search.PageRows;
import org.partnermatch.search.SearchEngine;
import org.partnermatch.search.SearchHits;
import org.partnermatch.search.SearchIndex;
import org.partnermatch.search.SearchPage;
import org.partnermatch.search.SearchRequest;
import org.partnermatch.search.SearchSort;
import org.partnermatch.search.SlotSets;
import org.partnermatch.search.ServedSchool;
import org.partnermatch.search.TextMatches;
import org.partnermatch.search.Wanted;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Modality;

/**
 * The offering search, served by this replica's search index ({@link SearchEngine}): the text finds offerings with
 * their relevance (BM25, synonyms, stemming, typo tolerance); every filter, visibility, the facet counts, the order
 * and the page are worked out over what the index holds of each offering and organization ({@link Listed}); then one
 * statement reads the page's rows by primary key, with the text their highlights are cut from when a hit's highlight
 * was not made before.
 */
@ApplicationScoped
public class OfferingSearchRepository {

    /** What a search is over, resolved by the service: category codes expanded, the school looked up. */
    public record Criteria(OfferingFilter filter, Set<String> categories, SearchRequest search, ServedSchool school,
                           boolean seesAll, Set<UUID> ownOrganizations) {

        public Criteria {
            ownOrganizations = ownOrganizations == null ? Set.of() : ownOrganizations;
        }
    }

    /**
     * What the readable text a hit's highlight is cut from takes from the database beside the offering's row: its
     * organization's name and communities. The text is what its document holds: name — description · categories ·
     * organization · communities · languages ({@link #highlightText}); the categories' and languages' names come from
     * the search index, which saves the statement a look-up per offering.
     */
    static final String HIGHLIGHT_PARTS = "g.name AS organization_name, g.communities_served";

    /**
     * The page's rows of a search with text, by primary key, with the text their highlights are cut from: read when a
     * hit's highlight was not made before ({@link TextMatches#madeFor}), else {@link #LISTED_ROWS}.
     */
    static final String PAGE_ROWS = pageRows(true);
    /** The page's rows of a listing (no text, so no highlights), or of a search whose highlights were all made. */
    static final String LISTED_ROWS = pageRows(false);

    private static String pageRows(boolean highlighted) {
        return "SELECT o.id, o.organization_id, o.name, o.description, o.grade_low, o.grade_high,"
                + " o.timings, o.modality, o.languages, o.cost, o.capacity, o.capacity_unit, o.capacity_used,"
                + " o.active, o.version, o.created_at, o.updated_at, o.last_verified_at, o.last_verified_by,"
                + " ARRAY(SELECT c.category_code FROM offering_category c WHERE c.offering_id = o.id) AS categories"
                + (highlighted ? ", " + HIGHLIGHT_PARTS : "")
                + " FROM offering o JOIN organization g ON g.id = o.organization_id WHERE o.id = ANY (?)";
    }

    private final AgroalDataSource dataSource;
    private final SearchEngine engine;
    private final ListingsConfig listings;

    public OfferingSearchRepository(AgroalDataSource dataSource, SearchEngine engine, ListingsConfig listings) {
        this.dataSource = dataSource;
        this.engine = engine;
        this.listings = listings;
    }

    /** The search, its page's rows read on a connection of its own ({@link PageRows#onOwnConnection}). */
    public SearchPage<OfferingResponse> search(Criteria criteria, PageQuery page) {
        return PageRows.onOwnConnection(dataSource, connection -> search(connection, criteria, page));
    }

    /** The search, its page's rows read on {@code connection}. */
    public SearchPage<OfferingResponse> search(Connection connection, Criteria criteria, PageQuery page)
            throws SQLException {
        return search(connection, criteria, page, false);
    }

    /**
     * The search; {@code walk}: the text's hits tested one by one ({@link #consider}) even where the search could
     * intersect sets ({@link #sift}), which must give the same page and counts (the tests hold them to it).
     */
    public SearchPage<OfferingResponse> search(Connection connection, Criteria criteria, PageQuery page, boolean walk)
            throws SQLException {
        SearchRequest search = criteria.search();
        TextMatches matches = search.text() == null ? null : TextMatches.offerings(engine, search.text());
        var index = engine.loadedIndex();
        Facets facets = search.facets() ? new Facets(index.vocabulary()) : null;
        NameOrder<Listed.Offering> names = index.offeringNames();
        SearchHits hits = new SearchHits(search.sort(), page.offset(), page.size(), names);
        long overdueBefore = listings.overdueBefore(Instant.now()).toEpochMilli();
        GeoPoint origin = origin(criteria);
        OfferingFilter filter = criteria.filter();
        Wanted wanted = new Wanted(index.vocabulary(), criteria.categories(), filter.language(),
                filter.timing() == null ? null : filter.timing().name(), filter.cost() == null ? null : filter.cost().name());
        if (matches == null) {
            if (search.sort() == SearchSort.name) { // the records come in name order
                hits.pageByNameAsAdded();
            }
            Listed.Offering[] listed = names.records();
            OfferingColumns columns = index.offeringColumns(); // after the records: it holds every slot they name
            for (Listed.Offering offering : listed) {
                consider(criteria, wanted, columns, offering.slot(), Double.NaN, origin, overdueBefore, hits, facets);
            }
        } else {
            OfferingColumns columns = index.offeringColumns(); // after the matches: it holds every slot they name
            long[] found = walk || !bySets(criteria) ? null : matches.slotsToNarrow();
            if (found != null) {
                sift(criteria, wanted, columns, matches, found, origin, overdueBefore, hits, facets);
            } else {
                for (int i = 0; i < matches.size(); i++) {
                    consider(criteria, wanted, columns, matches.slot(i), matches.score(i), origin, overdueBefore, hits,
                            facets);
                }
            }
        }
        List<SearchHits.Hit> shown = hits.page();
        Map<UUID, Highlight> made = matches == null ? Map.of() : matches.madeFor(shown);
        List<OfferingResponse> items = PageRows.read(connection,
                matches == null || made.size() == shown.size() ? LISTED_ROWS : PAGE_ROWS, shown,
                (row, hit) -> map(row, hit, matches, made, index));
        return SearchPage.of(items, page.page(), page.size(), hits.total(), facets == null ? null : facets.counts());
    }

    /**
     * Whether {@link #sift} can answer the search: every condition it asks of an offering is one the columns hold as a
     * set of slots. Conditions on its organization (id, vetting, leadership, community, distance, a school served)
     * and a partner's own pending listings are tested hit by hit ({@link #consider}).
     */
    private static boolean bySets(Criteria criteria) {
        OfferingFilter filter = criteria.filter();
        SearchRequest search = criteria.search();
        return (criteria.seesAll() || criteria.ownOrganizations().isEmpty()) && filter.organizationId() == null
                && filter.vettingStatus() == null && filter.leadership() == null && filter.community() == null
                && (search.near() == null || search.radiusKm() == null) && criteria.school() == null;
    }

    /**
     * {@link #consider} for all the text's hits at once, by sets of slots ({@link SlotSets}): {@code found}, the hits,
     * narrowed by each condition's set to those passing every condition but the facet filters; the page's hits are
     * those also in every facet filter's set, and each facet value's count is the size of its set's overlap with
     * the hits passing the other facets' filters. A few thousand words ANDed and counted instead of tens of
     * thousands of hits tested one by one. Only the page's candidates are visited: in relevance order best score
     * first ({@link TextMatches#byScore}) until none left can be kept ({@link SearchHits#mayKeep}), the rest only
     * counted; in any other order every hit, in slot order, as the walk visits them.
     */
    private static void sift(Criteria criteria, Wanted wanted, OfferingColumns columns, TextMatches matches,
                             long[] found, GeoPoint origin, long overdueBefore, SearchHits hits, Facets facets) {
        OfferingFilter filter = criteria.filter();
        long[] passing = found;
        SlotSets.retain(passing, columns.set(criteria.seesAll() ? OfferingColumns.HELD : OfferingColumns.VISIBLE_SET));
        if (Boolean.TRUE.equals(filter.active())) {
            SlotSets.retain(passing, columns.set(OfferingColumns.ACTIVE_SET));
        } else if (Boolean.FALSE.equals(filter.active())) {
            SlotSets.removeAll(passing, columns.set(OfferingColumns.ACTIVE_SET));
        }
        if (filter.grade() != null) {
            SlotSets.retain(passing, columns.gradeSet(filter.grade()));
        }
        if (filter.modality() != null) {
            SlotSets.retain(passing, columns.modalitySet(filter.modality()));
        }
        long[] category = wanted.categorySet(columns, passing.length);
        long[] language = wanted.languageSet(columns);
        long[] timing = wanted.timingSet(columns);
        long[] cost = wanted.costSet(columns);
        long[] shown = narrowed(passing, category, language, timing, cost);
        int[] bestFirst = criteria.search().sort() == SearchSort.relevance ? matches.byScore() : null;
        if (bestFirst != null) {
            // best score first, until no hit left can be kept; the rest are counted
            int counted = SlotSets.count(shown);
            for (int i : bestFirst) {
                if (!hits.mayKeep(matches.atMost(i))) {
                    break;
                }
                int slot = matches.slot(i);
                Listed.Offering offering = SlotSets.contains(shown, slot) ? columns.record(slot) : null;
                if (offering != null) {
                    hits.add(offering, slot, SearchHits.demoted(matches.score(i), columns.confirmedAt(slot),
                            overdueBefore), origin == null ? null : offering.organization().distanceKm(origin));
                    counted--;
                }
            }
            hits.countOnly(counted);
        }
        for (int w = 0; bestFirst == null && w < shown.length; w++) {
            long word = shown[w];
            while (word != 0) {
                int slot = w << 6 | Long.numberOfTrailingZeros(word);
                word &= word - 1;
                Listed.Offering offering = columns.record(slot);
                if (offering != null) {
                    hits.add(offering, slot, SearchHits.demoted(matches.scoreOfSlot(slot), columns.confirmedAt(slot),
                            overdueBefore), origin == null ? null : offering.organization().distanceKm(origin));
                }
            }
        }
        if (facets != null) {
            count(facets, Facets.CATEGORY, columns, narrowed(passing, language, timing, cost));
            count(facets, Facets.LANGUAGE, columns, narrowed(passing, category, timing, cost));
            count(facets, Facets.TIMING, columns, narrowed(passing, category, language, cost));
            count(facets, Facets.COST, columns, narrowed(passing, category, language, timing));
        }
    }

    /** A copy of {@code set} keeping only the slots in each of {@code filters} (null: a filter not asked). */
    private static long[] narrowed(long[] set, long[]... filters) {
        long[] narrowed = set.clone();
        for (long[] filter : filters) {
            if (filter != null) {
                SlotSets.retain(narrowed, filter);
            }
        }
        return narrowed;
    }

    /** Counts for each value of {@code facet} the offerings of {@code counted} that have it. */
    private static void count(Facets facets, int facet, OfferingColumns columns, long[] counted) {
        int values = Math.min(facets.values(facet), columns.facetValues(facet));
        for (int id = 0; id < values; id++) {
            int n = SlotSets.countBoth(counted, columns.facetSet(facet, id));
            if (n > 0) {
                facets.add(facet, id, n);
            }
        }
    }

    /**
     * The offering in {@code slot} (none: gone since): a hit when it passes every condition; counted in a facet when
     * it passes every condition but that facet's own filter (facets are disjunctive: each is counted with every filter
     * but its own). What every search tests is read from the columns; the record only for the rest.
     */
    private static void consider(Criteria criteria, Wanted wanted, OfferingColumns columns, int slot, double score,
                                 GeoPoint origin, long overdueBefore, SearchHits hits, Facets facets) {
        Listed.Offering offering = columns.record(slot);
        if (offering == null || !passes(criteria, columns, slot)) {
            return;
        }
        boolean category = wanted.category(columns, slot);
        boolean language = wanted.language(columns, slot);
        boolean timing = wanted.timing(columns, slot);
        boolean cost = wanted.cost(columns, slot);
        if (category && language && timing && cost) {
            hits.add(offering, slot, SearchHits.demoted(score, columns.confirmedAt(slot), overdueBefore),
                    origin == null ? null : offering.organization().distanceKm(origin));
        }
        if (facets == null) {
            return;
        }
        // a subcategory counts its offerings; a top-level category those filed under it or any of its subcategories
        boolean narrow = columns.narrow(slot);
        if (language && timing && cost) {
            if (narrow) {
                facets.count(Facets.CATEGORY, columns.categoryMask(slot));
            } else {
                facets.count(Facets.CATEGORY, offering.facets().categories());
            }
        }
        if (category && timing && cost) {
            if (narrow) {
                facets.count(Facets.LANGUAGE, columns.languageMask(slot));
            } else {
                facets.count(Facets.LANGUAGE, offering.facets().languages());
            }
        }
        if (category && language && cost) {
            if (narrow) {
                facets.count(Facets.TIMING, columns.timingMask(slot));
            } else {
                facets.count(Facets.TIMING, offering.facets().timings());
            }
        }
        if (category && language && timing) {
            facets.count(Facets.COST, columns.costId(slot));
        }
    }

    /**
     * Every condition of the search but the facet filters (category, language, timing, cost), on the offering in
     * {@code slot}; its record and its organization's are read only for a filter the columns do not hold.
     */
    private static boolean passes(Criteria criteria, OfferingColumns columns, int slot) {
        OfferingFilter filter = criteria.filter();
        SearchRequest search = criteria.search();
        if (!criteria.seesAll() && !columns.visible(slot)
                && !criteria.ownOrganizations().contains(columns.record(slot).organizationId())) {
            return false;
        }
        if (filter.active() != null && filter.active() != columns.active(slot)) {
            return false;
        }
        if (filter.grade() != null && !columns.forGrade(slot, filter.grade())) {
            return false;
        }
        if (filter.modality() != null && !filter.modality().name().equals(columns.record(slot).modality())) {
            return false;
        }
        boolean virtual = columns.virtual(slot);
        if (filter.organizationId() == null && filter.vettingStatus() == null && filter.leadership() == null
                && filter.community() == null && (search.near() == null || search.radiusKm() == null)
                && (criteria.school() == null || virtual)) {
            return true; // nothing asked of its organization
        }
        Listed.Offering offering = columns.record(slot);
        Listed.Organization organization = offering.organization();
        if (filter.organizationId() != null && !filter.organizationId().equals(offering.organizationId())) {
            return false;
        }
        if (filter.vettingStatus() != null && !filter.vettingStatus().name().equals(organization.vettingStatus())) {
            return false;
        }
        if (filter.leadership() != null && !Listed.contains(organization.leadership(), filter.leadership().name())) {
            return false;
        }
        if (filter.community() != null && !organization.serves(filter.community())) {
            return false;
        }
        if (search.near() != null && search.radiusKm() != null && !organization.within(search.near(), search.radiusKm())) {
            return false;
        }
        // virtual offerings serve every school; in-person and hybrid ones where their organization serves
        return criteria.school() == null || virtual || organization.servesSchool(criteria.school());
    }

    private static GeoPoint origin(Criteria criteria) {
        if (criteria.search().near() != null) {
            return criteria.search().near();
        }
        return criteria.school() == null || !criteria.school().hasLocation() ? null
                : new GeoPoint(criteria.school().latitude(), criteria.school().longitude());
    }

    private static OfferingResponse map(ResultSet rows, SearchHits.Hit hit, TextMatches matches,
                                        Map<UUID, Highlight> made, SearchIndex index) throws SQLException {
        // the page's row as the offering it is (not managed: read for this answer only), written as every offering is
        Offering offering = new Offering();
        offering.id = rows.getObject("id", UUID.class);
        offering.organizationId = rows.getObject("organization_id", UUID.class);
        offering.name = rows.getString("name");
        offering.description = rows.getString("description");
        offering.categories = new LinkedHashSet<>(Arrays.asList(strings(rows.getArray("categories"))));
        offering.gradeLow = rows.getShort("grade_low");
        offering.gradeHigh = rows.getShort("grade_high");
        offering.timings = strings(rows.getArray("timings"));
        offering.modality = Modality.valueOf(rows.getString("modality"));
        offering.languages = strings(rows.getArray("languages"));
        offering.cost = Cost.valueOf(rows.getString("cost"));
        offering.capacity = rows.getInt("capacity");
        offering.capacityUnit = CapacityUnit.valueOf(rows.getString("capacity_unit"));
        offering.capacityUsed = rows.getInt("capacity_used");
        offering.active = rows.getBoolean("active");
        offering.version = rows.getLong("version");
        offering.createdAt = rows.getObject("created_at", OffsetDateTime.class).toInstant();
        offering.updatedAt = rows.getObject("updated_at", OffsetDateTime.class).toInstant();
        offering.lastVerifiedAt = rows.getObject("last_verified_at", OffsetDateTime.class).toInstant();
        offering.lastVerifiedBy = rows.getString("last_verified_by");
        // a hit carries no translations: read the offering for them
        return OfferingResponse.hit(offering, PageRows.rounded(hit.score(), 4), PageRows.rounded(hit.distanceKm(), 2),
                matches == null ? null : matches.highlight(hit, made, () -> highlightText(offering, rows, index)));
    }

    /** The text a hit's highlight is cut from (see {@link #HIGHLIGHT_PARTS}). */
    private static String highlightText(Offering offering, ResultSet rows, SearchIndex index) throws SQLException {
        String communities = String.join(", ", strings(rows.getArray("communities_served")));
        return Highlights.cut(offering.name + " — " + (offering.description == null ? "" : offering.description)
                + " · " + index.categoryNames(offering.categories.toArray(String[]::new)) + " · "
                + rows.getString("organization_name") + (communities.isEmpty() ? "" : " · " + communities) + " · "
                + index.languageNames(offering.languages));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
