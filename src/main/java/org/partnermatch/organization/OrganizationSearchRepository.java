package org.partnermatch.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.partnermatch.common.PageQuery;
import org.partnermatch.organization.OrganizationDtos.OrganizationResponse;
import org.partnermatch.organization.OrganizationService.OrganizationFilter;
import org.partnermatch.search.Conditions;
import org.partnermatch.search.GeoPoint;
import org.partnermatch.search.Highlights;
import org.partnermatch.search.SearchPage;
import org.partnermatch.search.SearchEngine;
import org.partnermatch.search.SearchRun;
import org.partnermatch.search.SearchRequest;
import org.partnermatch.search.SearchSql;
import org.partnermatch.search.TextMatches;
import org.partnermatch.search.ServedSchool;
import org.partnermatch.search.Sql;
import org.partnermatch.vocabulary.VettingStatus;

/**
 * The organization search: the text through the search index ({@link SearchEngine}: an organization's own text and
 * its active offerings'), then one projection query for filters, order, page and total, over the ids it found.
 * Filters on what an organization offers (category, grade, timing, modality, cost) ask for one active offering that
 * satisfies all of them.
 */
@ApplicationScoped
public class OrganizationSearchRepository {

    /** What a search is over, resolved by the service. */
    public record Criteria(OrganizationFilter filter, Set<String> categories, SearchRequest search,
                           ServedSchool school, boolean seesAll, Set<UUID> ownOrganizations, boolean withContact,
                           TextMatches matches) {

        public Criteria {
            ownOrganizations = ownOrganizations == null ? Set.of() : ownOrganizations;
        }

        public Criteria(OrganizationFilter filter, Set<String> categories, SearchRequest search, ServedSchool school,
                        boolean seesAll, Set<UUID> ownOrganizations, boolean withContact) {
            this(filter, categories, search, school, seesAll, ownOrganizations, withContact, null);
        }

        /** The same criteria with what the search index found for the text. */
        public Criteria with(TextMatches found) {
            return new Criteria(filter, categories, search, school, seesAll, ownOrganizations, withContact, found);
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
    private final SearchEngine engine;

    public OrganizationSearchRepository(EntityManager entityManager, SearchEngine engine) {
        this.entityManager = entityManager;
        this.engine = engine;
    }

    /** The criteria with what the search index finds for their text (unchanged without text, or when found). */
    public Criteria withText(Criteria criteria) {
        return criteria.search().text() == null || criteria.matches() != null ? criteria
                : criteria.with(TextMatches.organizations(engine, criteria.search().text()));
    }

    /** The search: the text through the search index first, then everything else in SQL. */
    public SearchPage<OrganizationResponse> search(Criteria asked, PageQuery page) {
        Criteria criteria = withText(asked);
        return entityManager.unwrap(Session.class).doReturningWork(connection ->
                SearchRun.run(connection, criteria.search(), page, new SearchRun.Queries<OrganizationResponse>() {
                    @Override
                    public Sql page(int limit, int offset) {
                        return pageSql(criteria, limit, offset);
                    }

                    @Override
                    public Sql facets() {
                        return facetSql(criteria);
                    }

                    @Override
                    public OrganizationResponse hit(ResultSet row) throws SQLException {
                        return map(row, criteria);
                    }
                }));
    }

    /** The page query: hits with score and distance, their count, and the page's rows with highlights. */
    public Sql pageSql(Criteria criteria, int limit, int offset) {
        SearchRequest search = criteria.search();
        TextMatches matches = criteria.matches();
        Sql score = Sql.of(matches == null ? "NULL::float8" : "m.score");
        Sql highlight = matches == null ? Sql.of("NULL AS highlight") : Highlights.column(HIGHLIGHT_TEXT);
        return new Sql()
                .add("WITH hits AS MATERIALIZED (SELECT g.id, g.name, g.updated_at, ").add(score).add(" AS score, ")
                .add(SearchSql.distance(origin(criteria))).add(" AS distance_km FROM organization g")
                .add(TextMatches.join(matches, "g")).add(" WHERE ")
                .add(conditions(criteria, true).all())
                .add("), page AS (SELECT * FROM hits ORDER BY " + SearchSql.order(search.sort(), "") + " LIMIT ? OFFSET ?)",
                        limit, offset)
                .add(" SELECT t.total, g.id, g.name, g.description, g.website, g.contact_name, g.email, g.phone,"
                        + " g.street, g.city, g.state, g.postal_code, g.latitude, g.longitude, g.service_radius_km,"
                        + " g.service_regions, g.staff_languages, g.communities_served, g.leadership, g.vetting_status,"
                        + " g.vetted_at, g.version, g.created_at, g.updated_at, p.score, p.distance_km, ")
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
    public Sql facetSql(Criteria criteria) {
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
                .add(conditions(criteria, false).withoutFacets()).add(")")
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
    Conditions conditions(Criteria criteria, boolean offeringFacets) {
        OrganizationFilter filter = criteria.filter();
        SearchRequest search = criteria.search();
        Conditions where = new Conditions();
        if (criteria.matches() != null) {
            where.add(criteria.matches().among("g.id"));
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

    private static GeoPoint origin(Criteria criteria) {
        if (criteria.search().near() != null) {
            return criteria.search().near();
        }
        return criteria.school() == null ? null
                : new GeoPoint(criteria.school().latitude(), criteria.school().longitude());
    }

    private static OrganizationResponse map(ResultSet rows, Criteria criteria) throws SQLException {
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
        TextMatches matches = criteria.matches();
        return OrganizationResponse.from(org, criteria.withContact()).withSearch(
                SearchSql.rounded(rows, "score", 4), SearchSql.rounded(rows, "distance_km", 2),
                matches == null ? null : matches.highlight(rows.getString("highlight")));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
