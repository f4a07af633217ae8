package org.partnermatch.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}
