package org.partnermatch.imports;

import java.util.HashMap;
import java.util.Map;

/** Builds a header lookup from "field → comma-separated header spellings". */
final class Aliases {

    private Aliases() {
    }

    static Map<String, String> of(Map<String, String> spellingsByField) {
        Map<String, String> lookup = new HashMap<>();
        spellingsByField.forEach((field, spellings) -> {
            lookup.put(CsvSheet.normalise(field), field);
            for (String spelling : spellings.split(",")) {
                String key = CsvSheet.normalise(spelling);
                String previous = lookup.put(key, field);
                if (previous != null && !previous.equals(field)) {
                    throw new IllegalStateException("header '" + spelling + "' means both " + previous + " and " + field);
                }
            }
        });
        return Map.copyOf(lookup);
    }
}
