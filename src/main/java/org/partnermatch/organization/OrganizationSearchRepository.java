package org.partnermatch.organization;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.common.ListingsConfig;
import org.partnermatch.common.PageQuery;
import org.partnermatch.organization.OrganizationDtos.OrganizationResponse;
import org.partnermatch.organization.OrganizationService.OrganizationFilter;
import org.partnermatch.search.Facets;
import org.partnermatch.search.GeoPoint;
import org.partnermatch.search.Highlight;
import org.partnermatch.search.Highlights;
import org.partnermatch.search.Listed;
import org.partnermatch.search.NameOrder;
import org.partnermatch.search.OfferingColumns;
import org.partnermatch.search.OrganizationColumns;
import org.partnermatch.search.PageRows;
import org.partnermatch.search.SearchEngine;
import org.partnermatch.search.SearchHits;
import org.partnermatch.search.SearchIndex;
import org.partnermatch.search.SearchPage;
import org.partnermatch.search.SearchRequest;
import org.partnermatch.search.SearchSort;
import org.partnermatch.search.ServedSchool;
import org.partnermatch.search.TextMatches;
import org.partnermatch.search.Wanted;
import org.partnermatch.vocabulary.VettingStatus;

/**
 * The organization search, served by this replica's search index ({@link SearchEngine}) as the offering search is.
 * Filters on what an organization offers (category, grade, timing, modality, cost) ask for one active offering that
 * satisfies all of them; a facet of those counts the organizations with such an offering of each value.
 */
@ApplicationScoped
public class OrganizationSearchRepository {

    /** What a search is over, resolved by the service. */
    public record Criteria(OrganizationFilter filter, Set<String> categories, SearchRequest search,
                           ServedSchool school, boolean seesAll, Set<UUID> ownOrganizations, boolean withContact) {

        public Criteria {
            ownOrganizations = ownOrganizations == null ? Set.of() : ownOrganizations;
        }
    }

    /**
     * What the readable text a hit's highlight is cut from takes from the database beside the organization's row: its
     * active offerings ("name: description", by name). The text is what its document holds: name — description ·
     * communities · categories · offerings · languages ({@link #highlightText}); the categories' and languages'
     * names come from the search index, which saves the statement a join and a look-up per organization.
     */
    static final String HIGHLIGHT_PARTS = "coalesce((SELECT string_agg(f.name || ': ' || coalesce(f.description, ''),"
            + " ' · ' ORDER BY f.name) FROM offering f WHERE f.organization_id = g.id AND f.active), '') AS offered";

    /**
     * The page's rows of a search with text, by primary key, with the text their highlights are cut from: read when a
     * hit's highlight was not made before ({@link TextMatches#madeFor}), else {@link #LISTED_ROWS}.
     */
    static final String PAGE_ROWS = pageRows(true);
    /** The page's rows of a listing (no text, so no highlights), or of a search whose highlights were all made. */
    static final String LISTED_ROWS = pageRows(false);

    private static String pageRows(boolean highlighted) {
        return "SELECT g.id, g.name, g.description, g.website, g.contact_name, g.email, g.phone,"
                + " g.street, g.city, g.state, g.postal_code, g.latitude, g.longitude, g.service_radius_km,"
                + " g.service_regions, g.staff_languages, g.communities_served, g.leadership, g.vetting_status,"
                + " g.vetted_at, g.version, g.created_at, g.updated_at, g.last_verified_at, g.last_verified_by"
                + (highlighted ? ", " + HIGHLIGHT_PARTS : "")
                + " FROM organization g WHERE g.id = ANY (?)";
    }

    private final AgroalDataSource dataSource;
    private final SearchEngine engine;
    private final ListingsConfig listings;

    public OrganizationSearchRepository(AgroalDataSource dataSource, SearchEngine engine, ListingsConfig listings) {
        this.dataSource = dataSource;
        this.engine = engine;
        this.listings = listings;
    }

    public SearchPage<OrganizationResponse> search(Criteria criteria, PageQuery page) {
        SearchRequest search = criteria.search();
        TextMatches matches = search.text() == null ? null : TextMatches.organizations(engine, search.text());
        SearchIndex index = engine.loadedIndex();
        Facets facets = search.facets() ? new Facets(index.vocabulary()) : null;
        NameOrder<Listed.Organization> names = index.organizationNames();
        SearchHits hits = new SearchHits(search.sort(), page.offset(), page.size(), names);
        long overdueBefore = listings.overdueBefore(Instant.now()).toEpochMilli();
        GeoPoint origin = origin(criteria);
        OrganizationFilter filter = criteria.filter();
        Wanted wanted = new Wanted(index.vocabulary(), criteria.categories(), null,
                filter.timing() == null ? null : filter.timing().name(), filter.cost() == null ? null : filter.cost().name());
        // the staff language asked for, by its number among the language facet's values (-1: none has had it)
        int staffLanguage = filter.language() == null ? -1
                : index.vocabulary().facet(Facets.LANGUAGE).find(filter.language());
        // the region asked for, by its number among the regions organizations serve (-1: none has had it)
        int region = filter.region() == null ? -1 : index.vocabulary().regions().find(filter.region());
        if (matches == null) {
            if (search.sort() == SearchSort.name) { // the records come in name order
                hits.pageByNameAsAdded();
            }
            Listed.Organization[] listed = names.records();
            OrganizationColumns columns = index.organizationColumns(); // after the records: it holds their slots
            OfferingColumns offerings = index.offeringColumns(); // after those: it holds their offerings' slots
            for (Listed.Organization organization : listed) {
                consider(criteria, wanted, staffLanguage, region, columns, offerings, organization.slot(),
                        Double.NaN, origin, overdueBefore, hits, facets);
            }
        } else {
            OrganizationColumns columns = index.organizationColumns(); // after the matches: it holds their slots
            OfferingColumns offerings = index.offeringColumns(); // after those: it holds their offerings' slots
            for (int i = 0; i < matches.size(); i++) {
                consider(criteria, wanted, staffLanguage, region, columns, offerings, matches.slot(i),
                        matches.score(i), origin, overdueBefore, hits, facets);
            }
        }
        List<SearchHits.Hit> shown = hits.page();
        Map<UUID, Highlight> made = matches == null ? Map.of() : matches.madeFor(shown);
        List<OrganizationResponse> items = PageRows.onOwnConnection(dataSource, connection ->
                PageRows.read(connection, matches == null || made.size() == shown.size() ? LISTED_ROWS : PAGE_ROWS,
                        shown, (row, hit) -> map(row, hit, criteria, matches, made, index)));
        return SearchPage.of(items, page.page(), page.size(), hits.total(), facets == null ? null : facets.counts());
    }

    /**
     * The organization in {@code slot} (none: gone since): a hit when it passes every condition; counted in each
     * facet as the class comment says. What every search tests is read from the columns; the record only for the
     * rest (see {@link OrganizationColumns}).
     */
    private static void consider(Criteria criteria, Wanted wanted, int staffLanguage, int region,
                                 OrganizationColumns columns, OfferingColumns offerings, int slot, double score,
                                 GeoPoint origin, long overdueBefore, SearchHits hits, Facets facets) {
        Listed.Organization organization = columns.record(slot);
        if (organization == null) {
            return;
        }
        OrganizationFilter filter = criteria.filter();
        if (criteria.school() != null && !organization.servesSchool(criteria.school())
                && !columns.activeVirtual(slot)) { // an active virtual offering serves every school
            return;
        }
        if (!passes(criteria, columns, slot, region)) {
            return;
        }
        boolean narrow = columns.narrow(slot);
        boolean language = filter.language() == null || (narrow && staffLanguage >= 0 && staffLanguage < 64
                ? (columns.staffLanguageMask(slot) & (1L << staffLanguage)) != 0
                : Listed.contains(organization.staffLanguages(), filter.language()));
        boolean offeringFilters = wanted.categoriesAsked() || filter.timing() != null || filter.cost() != null;
        boolean unfaceted = filter.grade() != null || filter.modality() != null;
        int fails = narrow && !unfaceted ? wanted.shelfFails(columns, slot) : -1;
        if (fails >= 0) {
            // each offering filter asked is passed by every active offering or by none (none asked: every one counts),
            // so the union masks answer as the walk below would: a facet's values are those of the offerings passing
            // the other filters, all of them or none
            boolean offered = fails == 0;
            if (language && offered) {
                hits.add(organization, slot, SearchHits.demoted(score, columns.verifiedAt(slot), overdueBefore),
                        origin == null ? null : organization.distanceKm(origin));
            }
            if (facets != null) { // masks of every value: each value once already
                if (offered) {
                    facets.count(Facets.LANGUAGE, columns.staffLanguageMask(slot));
                }
                if (language) {
                    if ((fails & ~Wanted.CATEGORY_FAILS) == 0) {
                        facets.count(Facets.CATEGORY, columns.categoryMask(slot));
                    }
                    if ((fails & ~Wanted.TIMING_FAILS) == 0) {
                        facets.count(Facets.TIMING, columns.timingMask(slot));
                    }
                    if ((fails & ~Wanted.COST_FAILS) == 0) {
                        facets.count(Facets.COST, columns.costMask(slot));
                    }
                }
            }
            return;
        }
        int[] shelf = columns.shelf(slot);
        // one pass over its active offerings that pass the offering filters that are not facets (grade, modality):
        // whether one passes them all, and the facet values of those that pass all but the facet's own (masks where
        // every value is numbered below 64, counted once after the pass)
        boolean counting = facets != null && language;
        if (facets != null) {
            facets.next();
        }
        boolean anyOffer = false;
        boolean offered = !offeringFilters;
        long categories = 0;
        long timings = 0;
        for (int offering : shelf) {
            if (!offers(filter, offerings, offering)) {
                continue;
            }
            anyOffer = true;
            boolean inCategory = wanted.category(offerings, offering);
            boolean inTiming = wanted.timing(offerings, offering);
            boolean inCost = wanted.cost(offerings, offering);
            offered = offered || inCategory && inTiming && inCost;
            if (!counting) {
                continue;
            }
            boolean masked = offerings.narrow(offering);
            if (inTiming && inCost) {
                if (masked) {
                    categories |= offerings.categoryMask(offering);
                } else {
                    facets.countOnce(Facets.CATEGORY, offerings.record(offering).facets().categories());
                }
            }
            if (inCategory && inCost) {
                if (masked) {
                    timings |= offerings.timingMask(offering);
                } else {
                    facets.countOnce(Facets.TIMING, offerings.record(offering).facets().timings());
                }
            }
            if (inCategory && inTiming) {
                facets.countOnce(Facets.COST, offerings.costId(offering));
            }
        }
        if ((offeringFilters || unfaceted) && !anyOffer) {
            return;
        }
        if (language && offered) {
            hits.add(organization, slot, SearchHits.demoted(score, columns.verifiedAt(slot), overdueBefore),
                    origin == null ? null : organization.distanceKm(origin));
        }
        if (facets == null) {
            return;
        }
        if (offered) {
            if (narrow) {
                facets.countOnce(Facets.LANGUAGE, columns.staffLanguageMask(slot));
            } else {
                facets.countOnce(Facets.LANGUAGE, organization.staffLanguageIds());
            }
        }
        if (counting) {
            facets.countOnce(Facets.CATEGORY, categories);
            facets.countOnce(Facets.TIMING, timings);
        }
    }

    /**
     * The offering in {@code slot}: there (not gone since), active, and passing the offering filters that are not
     * facets (grade, modality).
     */
    private static boolean offers(OrganizationFilter filter, OfferingColumns offerings, int slot) {
        return offerings.active(slot) && offerings.record(slot) != null
                && (filter.grade() == null || offerings.forGrade(slot, filter.grade()))
                && (filter.modality() == null || filter.modality().name().equals(offerings.record(slot).modality()));
    }

    /**
     * The conditions on the organization itself, but the school it serves and its staff's language (a facet); its
     * record is read only for a filter the columns do not hold.
     */
    private static boolean passes(Criteria criteria, OrganizationColumns columns, int slot, int region) {
        OrganizationFilter filter = criteria.filter();
        SearchRequest search = criteria.search();
        if (!criteria.seesAll() && !columns.approved(slot)
                && !criteria.ownOrganizations().contains(columns.record(slot).id())) {
            return false;
        }
        if (filter.vettingStatus() == null && filter.leadership() == null && filter.region() == null
                && filter.community() == null && (search.near() == null || search.radiusKm() == null)) {
            return true; // nothing else asked of it
        }
        if (filter.region() != null && !columns.servesRegion(slot, region, filter.region())) {
            return false;
        }
        Listed.Organization organization = columns.record(slot);
        if (filter.vettingStatus() != null && !filter.vettingStatus().name().equals(organization.vettingStatus())) {
            return false;
        }
        if (filter.leadership() != null && !Listed.contains(organization.leadership(), filter.leadership().name())) {
            return false;
        }
        if (filter.community() != null && !organization.serves(filter.community())) {
            return false;
        }
        return search.near() == null || search.radiusKm() == null || organization.within(search.near(), search.radiusKm());
    }

    private static GeoPoint origin(Criteria criteria) {
        if (criteria.search().near() != null) {
            return criteria.search().near();
        }
        return criteria.school() == null || !criteria.school().hasLocation() ? null
                : new GeoPoint(criteria.school().latitude(), criteria.school().longitude());
    }

    private static OrganizationResponse map(ResultSet rows, SearchHits.Hit hit, Criteria criteria,
                                            TextMatches matches, Map<UUID, Highlight> made, SearchIndex index)
            throws SQLException {
        // A detached, never-persisted entity: the one mapping (OrganizationResponse.from) decides what is shown.
        Organization org = new Organization();
        org.id = rows.getObject("id", UUID.class);
        org.name = rows.getString("name");
        org.description = rows.getString("description");
        org.website = rows.getString("website");
        org.contactName = rows.getString("contact_name");
        org.email = rows.getString("email");
        org.phone = rows.getString("phone");
        org.street = rows.getString("street");
        org.city = rows.getString("city");
        org.state = rows.getString("state");
        org.postalCode = rows.getString("postal_code");
        org.latitude = (Double) rows.getObject("latitude");
        org.longitude = (Double) rows.getObject("longitude");
        org.serviceRadiusKm = rows.getBigDecimal("service_radius_km");
        org.serviceRegions = strings(rows.getArray("service_regions"));
        org.staffLanguages = strings(rows.getArray("staff_languages"));
        org.communitiesServed = strings(rows.getArray("communities_served"));
        org.leadership = strings(rows.getArray("leadership"));
        org.vettingStatus = VettingStatus.valueOf(rows.getString("vetting_status"));
        OffsetDateTime vetted = rows.getObject("vetted_at", OffsetDateTime.class);
        org.vettedAt = vetted == null ? null : vetted.toInstant();
        org.version = rows.getLong("version");
        org.createdAt = rows.getObject("created_at", OffsetDateTime.class).toInstant();
        org.updatedAt = rows.getObject("updated_at", OffsetDateTime.class).toInstant();
        org.lastVerifiedAt = rows.getObject("last_verified_at", OffsetDateTime.class).toInstant();
        org.lastVerifiedBy = rows.getString("last_verified_by");
        return OrganizationResponse.hit(org, criteria.withContact(),
                PageRows.rounded(hit.score(), 4), PageRows.rounded(hit.distanceKm(), 2),
                matches == null ? null : matches.highlight(hit, made, () -> highlightText(org, rows, index)));
    }

    /** The text a hit's highlight is cut from (see {@link #HIGHLIGHT_PARTS}). */
    private static String highlightText(Organization org, ResultSet rows, SearchIndex index) throws SQLException {
        return Highlights.cut(org.name + " — " + (org.description == null ? "" : org.description) + " · "
                + String.join(", ", org.communitiesServed) + " · " + index.activeCategoryNames(org.id) + " · "
                + rows.getString("offered") + " · " + index.languageNames(org.staffLanguages));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
