package org.partnermatch.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.partnermatch.common.Grades;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.Vocab;
import org.partnermatch.offering.OfferingDtos.OfferingResponse;
import org.partnermatch.offering.OfferingService.OfferingFilter;
import org.partnermatch.search.Conditions;
import org.partnermatch.search.Facets;
import org.partnermatch.search.GeoPoint;
import org.partnermatch.search.Highlights;
import org.partnermatch.search.SearchPage;
import org.partnermatch.search.SearchEngine;
import org.partnermatch.search.SearchRun;
import org.partnermatch.search.SearchRequest;
import org.partnermatch.search.SearchSort;
import org.partnermatch.search.SearchSql;
import org.partnermatch.search.TextMatches;
import org.partnermatch.search.ServedSchool;
import org.partnermatch.search.Sql;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Timing;

/**
 * The offering search: the text through the search index ({@link SearchEngine}: relevance, synonyms, stemming,
 * typo tolerance), then one projection query (no entities loaded) over the ids it found with their scores: every
 * filter, visibility, ordering, and the page with its total in a single round trip — with the facet counts in the
 * same statement when asked.
 */
@ApplicationScoped
public class OfferingSearchRepository {

    /** What a search is over, resolved by the service: category codes expanded, the school looked up. */
    public record Criteria(OfferingFilter filter, Set<String> categories, SearchRequest search, ServedSchool school,
                           boolean seesAll, Set<UUID> ownOrganizations, TextMatches matches) {

        public Criteria {
            ownOrganizations = ownOrganizations == null ? Set.of() : ownOrganizations;
        }

        public Criteria(OfferingFilter filter, Set<String> categories, SearchRequest search, ServedSchool school,
                        boolean seesAll, Set<UUID> ownOrganizations) {
            this(filter, categories, search, school, seesAll, ownOrganizations, null);
        }

        /** The same criteria with what the search index found for the text. */
        public Criteria with(TextMatches found) {
            return new Criteria(filter, categories, search, school, seesAll, ownOrganizations, found);
        }
    }

    /**
     * The readable text a hit's highlight is cut from: what its document holds (name — description · categories ·
     * languages). Built inline for the page's rows only.
     */
    static final String HIGHLIGHT_TEXT = "o.name || ' — ' || coalesce(o.description, '') || ' · ' || coalesce("
            + "(SELECT string_agg(k.name, ', ' ORDER BY k.sort_order) FROM offering_category c"
            + " JOIN category k ON k.code = c.category_code WHERE c.offering_id = o.id), '') || ' · ' || g.name"
            + " || coalesce(' · ' || nullif(array_to_string(g.communities_served, ', '), ''), '') || ' · ' || coalesce("
            + "(SELECT string_agg(l.name, ', ' ORDER BY l.name) FROM language_name l WHERE l.code = ANY (o.languages)), '')";

    private final EntityManager entityManager;
    private final SearchEngine engine;

    public OfferingSearchRepository(EntityManager entityManager, SearchEngine engine) {
        this.entityManager = entityManager;
        this.engine = engine;
    }

    public SearchPage<OfferingResponse> search(Criteria criteria, PageQuery page) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> search(connection, criteria, page));
    }

    /** The criteria with what the search index finds for their text (unchanged without text, or when found). */
    public Criteria withText(Criteria criteria) {
        return criteria.search().text() == null || criteria.matches() != null ? criteria
                : criteria.with(TextMatches.offerings(engine, criteria.search().text()));
    }

    /** The search on this connection: the text through the search index first, then everything else in SQL. */
    public SearchPage<OfferingResponse> search(Connection connection, Criteria asked, PageQuery page)
            throws SQLException {
        Criteria criteria = withText(asked);
        return SearchRun.run(connection, criteria.search(), page, new SearchRun.Queries<OfferingResponse>() {
            @Override
            public Sql page(int limit, int offset) {
                return pageSql(criteria, limit, offset);
            }

            @Override
            public Sql pageWithFacets(int limit, int offset) {
                return pageWithFacetsSql(criteria, limit, offset);
            }

            @Override
            public OfferingResponse hit(ResultSet row) throws SQLException {
                return map(row, criteria.matches());
            }
        });
    }

    /** The page query: hits with score and distance, their count, and the page's rows with highlights. */
    public Sql pageSql(Criteria criteria, int limit, int offset) {
        SearchRequest search = criteria.search();
        Sql sql = new Sql();
        if (search.text() == null && search.sort() != SearchSort.distance) {
            // A listing: the order is an index's (name, id or updated_at, id), so the page is read off the index and
            // the total is counted on its own over narrow indexes; materialising every hit would read every row.
            sql.add("WITH page AS (SELECT o.id, o.name, o.updated_at, ").add(score(criteria)).add(" AS score, ")
                    .add(SearchSql.distance(origin(criteria))).add(" AS distance_km")
                    .add(" FROM offering o JOIN organization g ON g.id = o.organization_id WHERE ")
                    .add(conditions(criteria).all())
                    .add(" ORDER BY " + SearchSql.order(search.sort(), "o.") + " LIMIT ? OFFSET ?),", limit, offset)
                    .add(" counted AS (SELECT count(*) AS total FROM offering o JOIN organization g ON g.id = o.organization_id"
                            + " WHERE ").add(conditions(criteria).all()).add(")");
        } else {
            sql.add("WITH hits AS MATERIALIZED (SELECT o.id, o.name, o.updated_at, ").add(score(criteria))
                    .add(" AS score, ").add(SearchSql.distance(origin(criteria))).add(" AS distance_km")
                    .add(" FROM offering o JOIN organization g ON g.id = o.organization_id")
                    .add(TextMatches.join(criteria.matches(), "o")).add(" WHERE ")
                    .add(conditions(criteria).all())
                    .add("), page AS (SELECT * FROM hits ORDER BY " + SearchSql.order(search.sort(), "")
                            + " LIMIT ? OFFSET ?),", limit, offset)
                    .add(" counted AS (SELECT count(*) AS total FROM hits)");
        }
        return sql.add(pageRows(criteria, false));
    }

    /**
     * The page query with the facet counts (disjunctive: each facet counted with every filter but its own), in one
     * statement and one pass over the rows. {@code base} gathers, once, the offerings that pass every condition but
     * the facet filters, each with one flag per facet filter asked for (does it pass that filter?). The hits are the
     * base rows that pass all of them (only they get a score and a distance); a facet's counts are over the base rows
     * that pass the other facets' filters. The counts come as three parallel arrays on every row (see
     * {@link Facets}), so the page and its counts share one read of the matching rows and one round trip.
     */
    public Sql pageWithFacetsSql(Criteria criteria, int limit, int offset) {
        SearchRequest search = criteria.search();
        Map<String, Sql> filters = facetFilters(criteria);
        Sql categoryJoin = new Sql();
        if (criteria.categories() != null) {
            // one look-up of the offerings filed under the categories, not an EXISTS probe per base row
            categoryJoin.add(" LEFT JOIN (SELECT DISTINCT c.offering_id FROM offering_category c"
                    + " WHERE c.category_code = ANY (?)) cf ON cf.offering_id = o.id",
                    (Object) criteria.categories().toArray(String[]::new));
            filters.put("category", Sql.of("cf.offering_id IS NOT NULL"));
        }
        Conditions facetConditions = new Conditions();
        filters.forEach(facetConditions::facet);
        Sql passesAll = facetConditions.all();
        Sql sql = new Sql().add("WITH base AS MATERIALIZED (SELECT o.id, o.name, o.updated_at, o.languages, o.timings, o.cost");
        filters.forEach((facet, filter) -> sql.add(", ").add(filter).add(" AS in_" + facet));
        sql.add(", CASE WHEN ").add(passesAll).add(" THEN ").add(score(criteria)).add(" END AS score")
                .add(", CASE WHEN ").add(passesAll).add(" THEN ").add(SearchSql.distance(origin(criteria)))
                // LEFT JOIN: the same rows (every offering has its organization), but PostgreSQL leaves the join out
                // when nothing reads the organization (district staff, no organization filter, no location)
                .add(" END AS distance_km FROM offering o LEFT JOIN organization g ON g.id = o.organization_id")
                .add(TextMatches.join(criteria.matches(), "o")).add(categoryJoin).add(" WHERE ").add(conditions(criteria).withoutFacets()).add(")")
                .add(", hits AS (SELECT id, name, updated_at, score, distance_km FROM base b WHERE "
                        + flags(filters.keySet(), null) + ")")
                .add(", page AS (SELECT * FROM hits ORDER BY " + SearchSql.order(search.sort(), "")
                        + " LIMIT ? OFFSET ?)", limit, offset)
                .add(", counted AS (SELECT count(*) AS total FROM hits)")
                // (offering, category) of the base rows that pass the other facets' filters
                .add(", filed AS (SELECT b.id, c.category_code AS code, k.parent_code AS parent FROM base b"
                        + " JOIN offering_category c ON c.offering_id = b.id JOIN category k ON k.code = c.category_code"
                        + " WHERE " + flags(filters.keySet(), "category") + ")")
                // a subcategory counts its offerings (each is filed under it once); a top-level category the offerings
                // filed under it or any of its subcategories, each once (the taxonomy has two levels)
                .add(", facet_counts AS (SELECT 'category' AS facet, code AS value, count(*) AS hits FROM filed"
                        + " WHERE parent IS NOT NULL GROUP BY code"
                        + " UNION ALL SELECT 'category', top, count(*) FROM (SELECT DISTINCT id, coalesce(parent, code) AS top"
                        + " FROM filed) f GROUP BY top"
                        + " UNION ALL SELECT 'language', l, count(*) FROM base b CROSS JOIN LATERAL unnest(b.languages) l"
                        + " WHERE " + flags(filters.keySet(), "language") + " GROUP BY l"
                        + " UNION ALL SELECT 'timing', t, count(*) FROM base b CROSS JOIN LATERAL unnest(b.timings) t"
                        + " WHERE " + flags(filters.keySet(), "timing") + " GROUP BY t"
                        + " UNION ALL SELECT 'cost', b.cost, count(*) FROM base b"
                        + " WHERE " + flags(filters.keySet(), "cost") + " GROUP BY b.cost)")
                .add(", facets AS (SELECT array_agg(facet) AS " + Facets.NAMES + ", array_agg(value) AS " + Facets.VALUES
                        + ", array_agg(hits) AS " + Facets.HITS + " FROM facet_counts)");
        return sql.add(pageRows(criteria, true));
    }

    /** The base rows' flags of the facet filters asked for, but {@code except}'s, joined with AND ({@code TRUE} for none). */
    private static String flags(Set<String> facets, String except) {
        String flags = facets.stream().filter(f -> !f.equals(except)).map(f -> "b.in_" + f)
                .collect(Collectors.joining(" AND "));
        return flags.isEmpty() ? "TRUE" : flags;
    }

    /**
     * The final SELECT of both page queries over CTEs counted (the total) and page (the page's hits in order), with
     * facets (the counts' arrays) when {@code withFacets}: one row per hit of the page with the total on each, or
     * only the total when the page is empty.
     */
    private static Sql pageRows(Criteria criteria, boolean withFacets) {
        return new Sql()
                .add(" SELECT t.total, " + (withFacets ? "f." + Facets.NAMES + ", f." + Facets.VALUES + ", f." + Facets.HITS
                        + ", " : "") + "o.id, o.organization_id, o.name, o.description, o.grade_low, o.grade_high,"
                        + " o.timings, o.modality, o.languages, o.cost, o.capacity, o.capacity_unit, o.capacity_used,"
                        + " o.active, o.version, o.created_at, o.updated_at, p.score, p.distance_km,"
                        + " ARRAY(SELECT c.category_code FROM offering_category c WHERE c.offering_id = o.id) AS categories, ")
                .add(highlight(criteria))
                .add(" FROM counted t" + (withFacets ? " CROSS JOIN facets f" : "") + " LEFT JOIN (page p"
                        + " JOIN offering o ON o.id = p.id JOIN organization g ON g.id = o.organization_id) ON TRUE ORDER BY "
                        + SearchSql.order(criteria.search().sort(), "p."));
    }

    /** A hit's score: the search index's, for the text (joined as {@code m}). */
    private static Sql score(Criteria criteria) {
        return Sql.of(criteria.matches() == null ? "NULL::float8" : "m.score");
    }

    /** A page row's highlight column: the text its highlight is cut from. */
    private static Sql highlight(Criteria criteria) {
        return criteria.matches() == null ? Sql.of("NULL AS highlight") : Highlights.column(HIGHLIGHT_TEXT);
    }

    /** The facet filters asked for, by facet, each a condition over {@code offering o}. */
    static Map<String, Sql> facetFilters(Criteria criteria) {
        OfferingFilter filter = criteria.filter();
        Map<String, Sql> filters = new LinkedHashMap<>();
        if (criteria.categories() != null) {
            filters.put("category", Sql.of("EXISTS (SELECT 1 FROM offering_category c WHERE c.offering_id = o.id"
                    + " AND c.category_code = ANY (?))", (Object) criteria.categories().toArray(String[]::new)));
        }
        if (filter.language() != null) {
            filters.put("language", Sql.of("o.languages @> ARRAY[?]::varchar[]", filter.language()));
        }
        if (filter.timing() != null) {
            filters.put("timing", Sql.of("o.timings @> ARRAY[?]::varchar[]", filter.timing().name()));
        }
        if (filter.cost() != null) {
            filters.put("cost", Sql.of("o.cost = ?", filter.cost().name()));
        }
        return filters;
    }

    /** Every condition of the search over {@code offering o JOIN organization g}. */
    Conditions conditions(Criteria criteria) {
        OfferingFilter filter = criteria.filter();
        SearchRequest search = criteria.search();
        Conditions where = new Conditions();
        if (criteria.matches() != null) {
            where.add(criteria.matches().among("o.id"));
        }
        if (!criteria.seesAll()) {
            where.add("(o.active AND g.vetting_status = 'approved') OR o.organization_id = ANY(?)",
                    (Object) criteria.ownOrganizations().toArray(UUID[]::new));
        }
        if (filter.organizationId() != null) {
            where.add("o.organization_id = ?", filter.organizationId());
        }
        if (filter.active() != null) {
            where.add("o.active = ?", filter.active());
        }
        Map<String, Sql> facets = facetFilters(criteria);
        Sql category = facets.remove("category");
        if (category != null) {
            where.facet("category", category);
        }
        if (filter.grade() != null) {
            where.add("int4range(o.grade_low, o.grade_high, '[]') @> ?", filter.grade());
        }
        facets.forEach(where::facet);
        if (filter.modality() != null) {
            where.add("o.modality = ?", filter.modality().name());
        }
        if (filter.vettingStatus() != null) {
            where.add("g.vetting_status = ?", filter.vettingStatus().name());
        }
        if (filter.leadership() != null) {
            where.add("g.leadership @> ARRAY[?]::varchar[]", filter.leadership().name());
        }
        if (filter.community() != null) {
            where.add("search_lower(g.communities_served) @> ARRAY[lower(?)]", filter.community());
        }
        if (search.near() != null && search.radiusKm() != null) {
            where.add(SearchSql.within("g", search.near(), search.radiusKm()));
        }
        if (criteria.school() != null) {
            // virtual offerings serve every school; in-person and hybrid ones where their organization serves
            where.add(Sql.of("o.id IN (SELECT v.id FROM offering v WHERE v.modality = 'virtual' UNION"
                    + " SELECT s.id FROM offering s WHERE s.organization_id IN (")
                    .add(SearchSql.organizationsServing(criteria.school())).add("))"));
        }
        return where;
    }

    private static GeoPoint origin(Criteria criteria) {
        if (criteria.search().near() != null) {
            return criteria.search().near();
        }
        return criteria.school() == null ? null
                : new GeoPoint(criteria.school().latitude(), criteria.school().longitude());
    }

    private static OfferingResponse map(ResultSet rows, TextMatches matches) throws SQLException {
        int gradeLow = rows.getInt("grade_low");
        int gradeHigh = rows.getInt("grade_high");
        int capacity = rows.getInt("capacity");
        int used = rows.getInt("capacity_used");
        String highlight = rows.getString("highlight");
        return new OfferingResponse(
                rows.getObject("id", UUID.class),
                rows.getObject("organization_id", UUID.class),
                rows.getString("name"),
                rows.getString("description"),
                Vocab.list(strings(rows.getArray("categories"))),
                gradeLow, gradeHigh, Grades.range(gradeLow, gradeHigh),
                Vocab.enums(strings(rows.getArray("timings")), Timing.class),
                Modality.valueOf(rows.getString("modality")),
                Vocab.list(strings(rows.getArray("languages"))),
                Cost.valueOf(rows.getString("cost")),
                capacity,
                CapacityUnit.valueOf(rows.getString("capacity_unit")),
                used, capacity - used,
                rows.getBoolean("active"),
                rows.getLong("version"),
                rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                rows.getObject("updated_at", OffsetDateTime.class).toInstant(),
                SearchSql.rounded(rows, "score", 4),
                SearchSql.rounded(rows, "distance_km", 2),
                matches == null ? null : matches.highlight(highlight));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
