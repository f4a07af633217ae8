package org.partnermatch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The WHERE conditions of a search, each tagged with the facet it filters (or none), so that facet counts can
 * leave out a facet's own filter.
 */
public final class Conditions {

    private record Condition(String facet, Sql sql) {
    }

    private final List<Condition> conditions = new ArrayList<>();

    /** A condition that is always applied. */
    public Conditions add(String fragment, Object... values) {
        conditions.add(new Condition(null, Sql.of(fragment, values)));
        return this;
    }

    public Conditions add(Sql sql) {
        conditions.add(new Condition(null, sql));
        return this;
    }

    /** The condition of {@code facet}'s filter. */
    public Conditions facet(String facet, String fragment, Object... values) {
        return facet(facet, Sql.of(fragment, values));
    }

    public Conditions facet(String facet, Sql sql) {
        conditions.add(new Condition(facet, sql));
        return this;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** Whether some condition filters no facet. */
    public boolean hasUnfaceted() {
        return conditions.stream().anyMatch(c -> c.facet() == null);
    }

    /** Every condition, joined with AND ({@code TRUE} when there is none). */
    public Sql all() {
        return render(Set.of(), true);
    }

    /** The conditions that filter no facet. */
    public Sql withoutFacets() {
        return render(Set.of(), false);
    }

    /** Only the facet conditions of these facets. */
    public Sql onlyFacets(Set<String> facets) {
        List<Condition> kept = conditions.stream().filter(c -> c.facet() != null && facets.contains(c.facet())).toList();
        return join(kept);
    }

    private Sql render(Set<String> excluded, boolean facets) {
        List<Condition> kept = conditions.stream()
                .filter(c -> c.facet() == null || (facets && !excluded.contains(c.facet()))).toList();
        return join(kept);
    }

    private static Sql join(List<Condition> kept) {
        Sql sql = new Sql();
        if (kept.isEmpty()) {
            return sql.add("TRUE");
        }
        for (int i = 0; i < kept.size(); i++) {
            sql.add(i == 0 ? "(" : " AND (").add(kept.get(i).sql()).add(")");
        }
        return sql;
    }
}
