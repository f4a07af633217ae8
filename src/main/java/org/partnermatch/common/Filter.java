package org.partnermatch.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Collects the WHERE clauses and named parameters of a list query from the filters a client set. */
public final class Filter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public Filter where(String clause) {
        clauses.add(clause);
        return this;
    }

    /** Adds {@code clause} with its parameter only when {@code value} is present. */
    public Filter where(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(name, value);
        }
        return this;
    }

    public Filter param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /**
     * The ids for an {@code in :ids} parameter: a caller's own schools or organizations, or one id that matches
     * nothing when there are none (an empty list is not valid in every query).
     */
    public static Collection<UUID> orNone(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }

    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}
