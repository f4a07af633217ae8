package org.partnermatch.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.partnermatch.common.ListingsConfig;
import org.partnermatch.common.PageQuery;
import org.partnermatch.organization.OrganizationDtos.OrganizationResponse;
import org.partnermatch.organization.OrganizationService.OrganizationFilter;
import org.partnermatch.search.Conditions;
import org.partnermatch.search.GeoPoint;
import org.partnermatch.search.Highlights;
import org.partnermatch.search.SearchPage;
import org.partnermatch.search.SearchRun;
import org.partnermatch.search.SearchRequest;
import org.partnermatch.search.SearchSql;
import org.partnermatch.search.SearchText;
import org.partnermatch.search.ServedSchool;
import org.partnermatch.search.Sql;
import org.partnermatch.vocabulary.VettingStatus;

/**
 * The organization search as one projection query over the stored, weighted documents (V10), which hold an
 * organization's own text and its active offerings'. Filters on what an organization offers (category, grade,
 * timing, modality, cost) ask for one active offering that satisfies all of them. Typo tolerance as for offerings.
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
     * The readable text a hit's highlight is cut from: what its document holds (name — description · communities ·
     * categories · offerings · languages). Built inline for the page's rows only.
     */
    static final String HIGHLIGHT_TEXT = "g.name || ' — ' || coalesce(g.description, '') || ' · '"
            + " || array_to_string(g.communities_served, ', ') || ' · ' || coalesce((SELECT string_agg(DISTINCT k.name, ', ')"
            + " FROM offering f JOIN offering_category c ON c.offering_id = f.id JOIN category k ON k.code = c.category_code"
            + " WHERE f.organization_id = g.id AND f.active), '') || ' · ' || coalesce((SELECT string_agg(f.name || ': '"
            + " || coalesce(f.description, ''), ' · ' ORDER BY f.name) FROM offering f WHERE f.organization_id = g.id"
            + " AND f.active), '') || ' · ' || coalesce((SELECT string_agg(l.name, ', ' ORDER BY l.name)"
            + " FROM language_name l WHERE l.code = ANY (g.staff_languages)), '')";

    private final EntityManager entityManager;
    private final ListingsConfig listings;

    public OrganizationSearchRepository(EntityManager entityManager, ListingsConfig listings) {
        this.entityManager = entityManager;
        this.listings = listings;
    }

    public SearchPage<OrganizationResponse> search(Criteria criteria, PageQuery page) {
        return entityManager.unwrap(Session.class).doReturningWork(connection ->
                SearchRun.run(connection, criteria.search(), page, new SearchRun.Queries<OrganizationResponse>() {
                    @Override
                    public Sql page(boolean fuzzy, int limit, int offset) {
                        return pageSql(criteria, fuzzy, limit, offset);
                    }

                    @Override
                    public Sql facets(boolean fuzzy) {
                        return facetSql(criteria, fuzzy);
                    }

                    @Override
                    public OrganizationResponse hit(ResultSet row, boolean fuzzy) throws SQLException {
                        return map(row, criteria, fuzzy);
                    }
                }));
    }

    /** The page query: hits with score and distance, their count, and the page's rows with highlights. */
    public Sql pageSql(Criteria criteria, boolean fuzzy, int limit, int offset) {
        SearchRequest search = criteria.search();
        SearchText text = search.text();
        // An organization whose profile is overdue for confirmation ranks lower.
        Sql score = text == null ? Sql.of("NULL::float8") : SearchSql.demoted(fuzzy
                        ? Sql.of("greatest(word_similarity(?, g.name), (SELECT max(word_similarity(?, f.name)) FROM offering f"
                                + " WHERE f.organization_id = g.id AND f.active))", text.plain(), text.plain())
                        : Sql.of("ts_rank_cd(" + SearchSql.WEIGHTS + ", g.search_document, to_tsquery('english', ?), 32)",
                                text.tsquery()),
                "g.last_verified_at", listings.overdueBefore(java.time.Instant.now()));
        Sql highlight = text == null ? Sql.of("NULL AS highlight, NULL::text[] AS highlight_words")
                : fuzzy ? Highlights.resemblingColumns("g.name || coalesce(' — ' || (SELECT string_agg(f.name, ' · '"
                        + " ORDER BY f.name) FROM offering f WHERE f.organization_id = g.id AND f.active), '')")
                : Highlights.columns(HIGHLIGHT_TEXT, text);
        return new Sql()
                .add("WITH hits AS MATERIALIZED (SELECT g.id, g.name, g.updated_at, ").add(score).add(" AS score, ")
                .add(SearchSql.distance(origin(criteria))).add(" AS distance_km FROM organization g WHERE ")
                .add(conditions(criteria, fuzzy, true).all())
                .add("), page AS (SELECT * FROM hits ORDER BY " + SearchSql.order(search.sort(), "") + " LIMIT ? OFFSET ?)",
                        limit, offset)
                .add(" SELECT t.total, g.id, g.name, g.description, g.website, g.contact_name, g.email, g.phone,"
                        + " g.street, g.city, g.state, g.postal_code, g.latitude, g.longitude, g.service_radius_km,"
                        + " g.service_regions, g.staff_languages, g.communities_served, g.leadership, g.vetting_status,"
                        + " g.vetted_at, g.version, g.created_at, g.updated_at, g.last_verified_at, g.last_verified_by,"
                        + " p.score, p.distance_km, ")
                .add(highlight)
                .add(" FROM (SELECT count(*) AS total FROM hits) t LEFT JOIN (page p JOIN organization g ON g.id = p.id)"
                        + " ON TRUE ORDER BY " + SearchSql.order(search.sort(), "p."));
    }

    /**
     * Facet counts. Base: the organizations matching everything but the facet filters; offers: their active
     * offerings that pass the non-facet offering filters (grade, modality). A category, timing or cost counts the
     * organizations with an offer of that value passing the other facets' filters (one offering satisfies them all);
     * a language counts the organizations whose staff speak it.
     */
    public Sql facetSql(Criteria criteria, boolean fuzzy) {
        OrganizationFilter filter = criteria.filter();
        Conditions facets = new Conditions();
        if (filter.language() != null) {
            facets.facet("language", "b.staff_languages @> ARRAY[?]::varchar[]", filter.language());
        }
        if (criteria.categories() != null) {
            facets.facet("category", "f.categories && ?", (Object) criteria.categories().toArray(String[]::new));
        }
        if (filter.timing() != null) {
            facets.facet("timing", "f.timings @> ARRAY[?]::varchar[]", filter.timing().name());
        }
        if (filter.cost() != null) {
            facets.facet("cost", "f.cost = ?", filter.cost().name());
        }
        boolean offeringFacets = criteria.categories() != null || filter.timing() != null || filter.cost() != null;
        Sql languageCondition = offeringFacets
                ? new Sql().add("EXISTS (SELECT 1 FROM offers f WHERE f.org = b.id AND ")
                        .add(facets.onlyFacets(Set.of("category", "timing", "cost"))).add(")")
                : Sql.of("TRUE");
        return new Sql()
                .add("WITH base AS MATERIALIZED (SELECT g.id, g.staff_languages FROM organization g WHERE ")
                .add(conditions(criteria, fuzzy, false).withoutFacets()).add(")")
                .add(", offers AS MATERIALIZED (SELECT f.organization_id AS org, f.timings, f.cost,"
                        + " ARRAY(SELECT c.category_code FROM offering_category c WHERE c.offering_id = f.id) AS categories"
                        + " FROM offering f JOIN base b ON b.id = f.organization_id WHERE f.active AND ")
                .add(offeringConditions(criteria).withoutFacets()).add(")")
                .add(" SELECT 'category' AS facet, x.code AS value, count(DISTINCT f.org) AS hits FROM offers f"
                        + " JOIN base b ON b.id = f.org CROSS JOIN LATERAL unnest(f.categories) fc(code)"
                        + " JOIN category k ON k.code = fc.code CROSS JOIN LATERAL (VALUES (k.code), (k.parent_code)) x(code)"
                        + " WHERE x.code IS NOT NULL AND ")
                .add(facets.onlyFacets(Set.of("language", "timing", "cost"))).add(" GROUP BY x.code")
                .add(" UNION ALL SELECT 'timing', t, count(DISTINCT f.org) FROM offers f JOIN base b ON b.id = f.org"
                        + " CROSS JOIN LATERAL unnest(f.timings) t WHERE ")
                .add(facets.onlyFacets(Set.of("language", "category", "cost"))).add(" GROUP BY t")
                .add(" UNION ALL SELECT 'cost', f.cost, count(DISTINCT f.org) FROM offers f JOIN base b ON b.id = f.org WHERE ")
                .add(facets.onlyFacets(Set.of("language", "category", "timing"))).add(" GROUP BY f.cost")
                .add(" UNION ALL SELECT 'language', l, count(*) FROM base b CROSS JOIN LATERAL unnest(b.staff_languages) l WHERE ")
                .add(languageCondition).add(" GROUP BY l");
    }

    /**
     * Every condition over {@code organization g}. With {@code offeringFacets} false, the one-offering condition
     * holds only the offering filters that are not facets (grade, modality): for facet counts.
     */
    Conditions conditions(Criteria criteria, boolean fuzzy, boolean offeringFacets) {
        OrganizationFilter filter = criteria.filter();
        SearchRequest search = criteria.search();
        Conditions where = new Conditions();
        if (search.text() != null) {
            where.add(fuzzy ? resembling(search.text())
                    : Sql.of("g.search_document @@ to_tsquery('english', ?)", search.text().tsquery()));
        }
        if (!criteria.seesAll()) {
            where.add("g.vetting_status = 'approved' OR g.id = ANY(?)", (Object) criteria.ownOrganizations().toArray(UUID[]::new));
        }
        if (filter.vettingStatus() != null) {
            where.add("g.vetting_status = ?", filter.vettingStatus().name());
        }
        if (filter.language() != null) {
            where.facet("language", "g.staff_languages @> ARRAY[?]::varchar[]", filter.language());
        }
        if (filter.leadership() != null) {
            where.add("g.leadership @> ARRAY[?]::varchar[]", filter.leadership().name());
        }
        if (filter.region() != null) {
            where.add("g.service_regions @> ARRAY[?]::varchar[]", filter.region());
        }
        if (filter.community() != null) {
            where.add("search_lower(g.communities_served) @> ARRAY[lower(?)]", filter.community());
        }
        if (search.near() != null && search.radiusKm() != null) {
            where.add(SearchSql.within("g", search.near(), search.radiusKm()));
        }
        if (criteria.school() != null) {
            // its service area holds the school, or it serves every school online (an active virtual offering)
            where.add(Sql.of("g.id IN (").add(SearchSql.organizationsServing(criteria.school()))
                    .add(" UNION SELECT v.organization_id FROM offering v WHERE v.active AND v.modality = 'virtual')"));
        }
        Conditions offered = offeringConditions(criteria);
        Sql offering = offeringFacets ? offered.all() : offered.withoutFacets();
        if (!offered.isEmpty() && (offeringFacets || offered.hasUnfaceted())) {
            where.add(new Sql().add("EXISTS (SELECT 1 FROM offering f WHERE f.organization_id = g.id AND f.active AND ")
                    .add(offering).add(")"));
        }
        return where;
    }

    /** Conditions on one offering {@code f} of the organization. */
    private static Conditions offeringConditions(Criteria criteria) {
        OrganizationFilter filter = criteria.filter();
        Conditions offered = new Conditions();
        if (criteria.categories() != null) {
            offered.facet("category", "EXISTS (SELECT 1 FROM offering_category c WHERE c.offering_id = f.id"
                    + " AND c.category_code = ANY (?))", (Object) criteria.categories().toArray(String[]::new));
        }
        if (filter.grade() != null) {
            offered.add("int4range(f.grade_low, f.grade_high, '[]') @> ?", filter.grade());
        }
        if (filter.timing() != null) {
            offered.facet("timing", "f.timings @> ARRAY[?]::varchar[]", filter.timing().name());
        }
        if (filter.modality() != null) {
            offered.add("f.modality = ?", filter.modality().name());
        }
        if (filter.cost() != null) {
            offered.facet("cost", "f.cost = ?", filter.cost().name());
        }
        return offered;
    }

    /**
     * Typo tolerance: every word is found in the document or resembles a word of the organization's name or of one
     * of its active offerings' names; or a text of several words resembles one of those names as a whole.
     */
    private static Sql resembling(SearchText text) {
        Sql sql = Sql.of("g.id IN (").add(SearchSql.everyWordFound(text, word -> {
            List<Sql> finders = new ArrayList<>();
            finders.add(Sql.of("SELECT n.id FROM organization n WHERE n.search_document @@ to_tsquery('english', ?)",
                    SearchText.group(word)));
            if (SearchText.resemblable(word)) {
                finders.add(Sql.of("SELECT n.id FROM organization n WHERE ? <% n.name", word));
                finders.add(Sql.of("SELECT f.organization_id FROM offering f WHERE f.active AND ? <% f.name", word));
            }
            return finders;
        }));
        if (text.words().size() > 1) {
            sql.add(" UNION (SELECT n.id FROM organization n WHERE ").add(SearchSql.textResembles(text, "n.name"))
                    .add(") UNION (SELECT f.organization_id FROM offering f WHERE f.active AND ")
                    .add(SearchSql.textResembles(text, "f.name")).add(")");
        }
        return sql.add(")");
    }

    private static GeoPoint origin(Criteria criteria) {
        if (criteria.search().near() != null) {
            return criteria.search().near();
        }
        return criteria.school() == null ? null
                : new GeoPoint(criteria.school().latitude(), criteria.school().longitude());
    }

    private static OrganizationResponse map(ResultSet rows, Criteria criteria, boolean fuzzy) throws SQLException {
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
        SearchText text = criteria.search().text();
        String highlight = rows.getString("highlight");
        return OrganizationResponse.from(org, criteria.withContact()).withSearch(
                SearchSql.rounded(rows, "score", 4), SearchSql.rounded(rows, "distance_km", 2),
                text == null ? null : fuzzy ? Highlights.resembling(highlight, text.words())
                        : Highlights.matching(highlight, strings(rows.getArray("highlight_words"))));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
