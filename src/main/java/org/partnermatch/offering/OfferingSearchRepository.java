package org.partnermatch.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.partnermatch.common.ListingsConfig;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.Vocab;
import org.partnermatch.offering.OfferingDtos.OfferingResponse;
import org.partnermatch.offering.OfferingService.OfferingFilter;
import org.partnermatch.search.Conditions;
import org.partnermatch.search.Facets;
import org.partnermatch.search.GeoPoint;
import org.partnermatch.search.Highlights;
import org.partnermatch.search.SearchPage;
import org.partnermatch.search.SearchRequest;
import org.partnermatch.search.SearchRun;
import org.partnermatch.search.SearchSort;
import org.partnermatch.search.SearchSql;
import org.partnermatch.search.SearchText;
import org.partnermatch.search.ServedSchool;
import org.partnermatch.search.Sql;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Timing;

/**
 * The offering search as one projection query (no entities loaded): full text over the stored, weighted documents
 * (V10), every filter, visibility, ordering, and the page with its total in a single round trip — with the facet
 * counts in the same statement when asked. When the text matches nothing word for word, the same search runs again
 * matching names by trigram resemblance (typo tolerance).
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
     * The readable text a hit's highlight is cut from: what its document holds (name — description · categories ·
     * languages). Built inline for the page's rows only.
     */
    static final String HIGHLIGHT_TEXT = "o.name || ' — ' || coalesce(o.description, '') || ' · ' || coalesce("
            + "(SELECT string_agg(k.name, ', ' ORDER BY k.sort_order) FROM offering_category c"
            + " JOIN category k ON k.code = c.category_code WHERE c.offering_id = o.id), '') || ' · ' || coalesce("
            + "(SELECT string_agg(l.name, ', ' ORDER BY l.name) FROM language_name l WHERE l.code = ANY (o.languages)), '')";

    private final EntityManager entityManager;
    private final ListingsConfig listings;

    public OfferingSearchRepository(EntityManager entityManager, ListingsConfig listings) {
        this.entityManager = entityManager;
        this.listings = listings;
    }

    public SearchPage<OfferingResponse> search(Criteria criteria, PageQuery page) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> search(connection, criteria, page));
    }

    /** The search on this connection (its transaction: typo tolerance sets a threshold local to it). */
    public SearchPage<OfferingResponse> search(Connection connection, Criteria criteria, PageQuery page)
            throws SQLException {
        return SearchRun.run(connection, criteria.search(), page, new SearchRun.Queries<OfferingResponse>() {
            @Override
            public Sql page(boolean fuzzy, int limit, int offset) {
                return pageSql(criteria, fuzzy, limit, offset);
            }

            @Override
            public Sql pageWithFacets(boolean fuzzy, int limit, int offset) {
                return pageWithFacetsSql(criteria, fuzzy, limit, offset);
            }

            @Override
            public OfferingResponse hit(ResultSet row, boolean fuzzy) throws SQLException {
                return map(row, criteria.search().text(), fuzzy);
            }
        });
    }

    /** The page query: hits with score and distance, their count, and the page's rows with highlights. */
    public Sql pageSql(Criteria criteria, boolean fuzzy, int limit, int offset) {
        SearchRequest search = criteria.search();
        Sql sql = new Sql();
        if (search.text() == null && search.sort() != SearchSort.distance) {
            // A listing: the order is an index's (name, id or updated_at, id), so the page is read off the index and
            // the total is counted on its own over narrow indexes; materialising every hit would read every row.
            sql.add("WITH page AS (SELECT o.id, o.name, o.updated_at, ").add(score(criteria, fuzzy)).add(" AS score, ")
                    .add(SearchSql.distance(origin(criteria))).add(" AS distance_km")
                    .add(" FROM offering o JOIN organization g ON g.id = o.organization_id WHERE ")
                    .add(conditions(criteria, fuzzy).all())
                    .add(" ORDER BY " + SearchSql.order(search.sort(), "o.") + " LIMIT ? OFFSET ?),", limit, offset)
                    .add(" counted AS (SELECT count(*) AS total FROM offering o JOIN organization g ON g.id = o.organization_id"
                            + " WHERE ").add(conditions(criteria, fuzzy).all()).add(")");
        } else {
            sql.add("WITH hits AS MATERIALIZED (SELECT o.id, o.name, o.updated_at, ").add(score(criteria, fuzzy))
                    .add(" AS score, ").add(SearchSql.distance(origin(criteria))).add(" AS distance_km")
                    .add(" FROM offering o JOIN organization g ON g.id = o.organization_id WHERE ")
                    .add(conditions(criteria, fuzzy).all())
                    .add("), page AS (SELECT * FROM hits ORDER BY " + SearchSql.order(search.sort(), "")
                            + " LIMIT ? OFFSET ?),", limit, offset)
                    .add(" counted AS (SELECT count(*) AS total FROM hits)");
        }
        return sql.add(pageRows(criteria, fuzzy, false));
    }

    /**
     * The page query with the facet counts (disjunctive: each facet counted with every filter but its own), in one
     * statement and one pass over the rows. {@code base} gathers, once, the offerings that pass every condition but
     * the facet filters, each with one flag per facet filter asked for (does it pass that filter?). The hits are the
     * base rows that pass all of them (only they get a score and a distance); a facet's counts are over the base rows
     * that pass the other facets' filters. The counts come as three parallel arrays on every row (see
     * {@link Facets}), so the page and its counts share one read of the matching rows and one round trip.
     */
    public Sql pageWithFacetsSql(Criteria criteria, boolean fuzzy, int limit, int offset) {
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
        sql.add(", CASE WHEN ").add(passesAll).add(" THEN ").add(score(criteria, fuzzy)).add(" END AS score")
                .add(", CASE WHEN ").add(passesAll).add(" THEN ").add(SearchSql.distance(origin(criteria)))
                // LEFT JOIN: the same rows (every offering has its organization), but PostgreSQL leaves the join out
                // when nothing reads the organization (district staff, no organization filter, no location)
                .add(" END AS distance_km FROM offering o LEFT JOIN organization g ON g.id = o.organization_id")
                .add(categoryJoin).add(" WHERE ").add(conditions(criteria, fuzzy).withoutFacets()).add(")")
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
        return sql.add(pageRows(criteria, fuzzy, true));
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
    private static Sql pageRows(Criteria criteria, boolean fuzzy, boolean withFacets) {
        return new Sql()
                .add(" SELECT t.total, " + (withFacets ? "f." + Facets.NAMES + ", f." + Facets.VALUES + ", f." + Facets.HITS
                        + ", " : "") + "o.id, o.organization_id, o.name, o.description, o.grade_low, o.grade_high,"
                        + " o.timings, o.modality, o.languages, o.cost, o.capacity, o.capacity_unit, o.capacity_used,"
                        + " o.active, o.version, o.created_at, o.updated_at, o.last_verified_at, o.last_verified_by,"
                        + " p.score, p.distance_km,"
                        + " ARRAY(SELECT c.category_code FROM offering_category c WHERE c.offering_id = o.id) AS categories, ")
                .add(highlight(criteria, fuzzy))
                .add(" FROM counted t" + (withFacets ? " CROSS JOIN facets f" : "") + " LEFT JOIN (page p"
                        + " JOIN offering o ON o.id = p.id JOIN organization g ON g.id = o.organization_id) ON TRUE ORDER BY "
                        + SearchSql.order(criteria.search().sort(), "p."));
    }

    /**
     * A hit's score over {@code offering o JOIN organization g}: text rank, or name resemblance when fuzzy; weighed
     * down when the offering or its organization is overdue for confirmation.
     */
    private Sql score(Criteria criteria, boolean fuzzy) {
        SearchText text = criteria.search().text();
        return text == null ? Sql.of("NULL::float8") : SearchSql.demoted(fuzzy
                        ? Sql.of("greatest(word_similarity(?, o.name), word_similarity(?, g.name))", text.plain(), text.plain())
                        : Sql.of("ts_rank_cd(" + SearchSql.WEIGHTS + ", o.search_document, to_tsquery('english', ?), 32)",
                                text.tsquery()),
                "least(o.last_verified_at, g.last_verified_at)", listings.overdueBefore(java.time.Instant.now()));
    }

    /**
     * A page row's highlight columns: its text and those of its words that match, or its and its organization's
     * names when fuzzy.
     */
    private static Sql highlight(Criteria criteria, boolean fuzzy) {
        SearchText text = criteria.search().text();
        return text == null ? Sql.of("NULL AS highlight, NULL::text[] AS highlight_words")
                : fuzzy ? Highlights.resemblingColumns("o.name || ' — ' || g.name")
                : Highlights.columns(HIGHLIGHT_TEXT, text);
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
    Conditions conditions(Criteria criteria, boolean fuzzy) {
        OfferingFilter filter = criteria.filter();
        SearchRequest search = criteria.search();
        Conditions where = new Conditions();
        if (search.text() != null) {
            where.add(fuzzy ? resembling(search.text())
                    : Sql.of("o.search_document @@ to_tsquery('english', ?)", search.text().tsquery()));
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

    /**
     * Typo tolerance: every word is found in the document or resembles a word of the offering's name; or a text of
     * several words resembles the offering's or its organization's name as a whole.
     */
    private static Sql resembling(SearchText text) {
        Sql sql = Sql.of("o.id IN (").add(SearchSql.everyWordFound(text, word -> {
            List<Sql> finders = new ArrayList<>();
            finders.add(Sql.of("SELECT f.id FROM offering f WHERE f.search_document @@ to_tsquery('english', ?)",
                    SearchText.group(word)));
            if (SearchText.resemblable(word)) {
                finders.add(Sql.of("SELECT f.id FROM offering f WHERE ? <% f.name", word));
            }
            return finders;
        }));
        if (text.words().size() > 1) {
            sql.add(" UNION (SELECT f.id FROM offering f WHERE ").add(SearchSql.textResembles(text, "f.name"))
                    .add(") UNION (SELECT f.id FROM offering f WHERE f.organization_id IN (SELECT n.id FROM organization n"
                            + " WHERE ").add(SearchSql.textResembles(text, "n.name")).add("))");
        }
        return sql.add(")");
    }

    private static GeoPoint origin(Criteria criteria) {
        if (criteria.search().near() != null) {
            return criteria.search().near();
        }
        return criteria.school() == null || !criteria.school().hasLocation() ? null
                : new GeoPoint(criteria.school().latitude(), criteria.school().longitude());
    }

    private static OfferingResponse map(ResultSet rows, SearchText text, boolean fuzzy) throws SQLException {
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
                rows.getObject("last_verified_at", OffsetDateTime.class).toInstant(),
                rows.getString("last_verified_by"),
                SearchSql.rounded(rows, "score", 4),
                SearchSql.rounded(rows, "distance_km", 2),
                text == null ? null : fuzzy ? Highlights.resembling(highlight, text.words())
                        : Highlights.matching(highlight, strings(rows.getArray("highlight_words"))),
                null); // a hit carries no translations: read the offering for them
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
