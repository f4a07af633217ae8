package org.partnermatch.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Conversions between vocabulary lists on the wire and the text arrays the database stores. */
public final class Vocab {

    private Vocab() {
    }

    public static <E extends Enum<E>> String[] names(Collection<E> values) {
        if (values == null) {
            return new String[0];
        }
        return values.stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
    }

    public static <E extends Enum<E>> List<E> enums(String[] names, Class<E> type) {
        List<E> values = new ArrayList<>();
        if (names != null) {
            for (String name : names) {
                values.add(Enum.valueOf(type, name));
            }
        }
        values.sort(null);
        return values;
    }

    /** Distinct strings in first-seen order; null → empty. */
    public static String[] distinct(Collection<String> values) {
        return values == null ? new String[0] : new LinkedHashSet<>(values).toArray(String[]::new);
    }

    public static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }
}
