package org.partnermatch.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.partnermatch.common.Problem;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.Languages;

/**
 * Reads the cells of one row into typed values. A column the file does not have yields the fallback (on an update,
 * the record's current value), a blank cell yields null, and a cell that cannot be read records an error under the
 * column's header and yields null. Bean Validation then judges the values, exactly as for the JSON endpoints.
 */
final class Cells {

    private final CsvSheet sheet;
    private final CsvSheet.Row row;
    private final Map<String, Problem.Violation> errors = new LinkedHashMap<>();

    Cells(CsvSheet sheet, CsvSheet.Row row) {
        this.sheet = sheet;
        this.row = row;
    }

    /** Errors so far, one per column. */
    List<Problem.Violation> errors() {
        return new ArrayList<>(errors.values());
    }

    boolean failed(String field) {
        return errors.containsKey(sheet.header(field));
    }

    void error(String field, String message) {
        errors.putIfAbsent(sheet.header(field), new Problem.Violation(sheet.header(field), message));
    }

    /** Whether the file has a column for this field. */
    boolean has(String field) {
        return sheet.has(field);
    }

    String raw(String field) {
        return row.cells().get(field);
    }

    String text(String field, String fallback) {
        return sheet.has(field) ? raw(field) : fallback;
    }

    /** Text with runs of white space (line breaks too) made one space, as names are compared. */
    String name(String field, String fallback) {
        String value = text(field, fallback);
        return value == null ? null : value.strip().replaceAll("\\s+", " ");
    }

    UUID uuid(String field) {
        String value = raw(field);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            error(field, "must be a UUID");
            return null;
        }
    }

    Integer integer(String field, Integer fallback) {
        return read(field, fallback, value -> {
            BigDecimal number = new BigDecimal(value.replace(",", "").replace("_", ""));
            return number.stripTrailingZeros().scale() <= 0 ? number.intValueExact() : null;
        }, "must be a whole number");
    }

    Double decimal(String field, Double fallback) {
        return read(field, fallback, value -> {
            double number = Double.parseDouble(value);
            return Double.isFinite(number) ? number : null;
        }, "must be a number");
    }

    /** A percentage 0-100; a trailing % is allowed ("78.5%"). */
    BigDecimal percent(String field, BigDecimal fallback) {
        return read(field, fallback, value -> new BigDecimal(value.endsWith("%")
                ? value.substring(0, value.length() - 1).strip() : value), "must be a number (a percentage, 0-100)");
    }

    BigDecimal bigDecimal(String field, BigDecimal fallback) {
        return read(field, fallback, BigDecimal::new, "must be a number");
    }

    /** yes/no, true/false, y/n, 1/0, x (ticked). */
    Boolean bool(String field, Boolean fallback) {
        return read(field, fallback, value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "x" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> null;
        }, "must be yes or no (true/false, y/n, 1/0)");
    }

    /** A list cell: items separated by semicolons, commas or vertical bars; duplicates dropped. */
    List<String> list(String field, List<String> fallback) {
        if (!sheet.has(field)) {
            return fallback;
        }
        String value = raw(field);
        if (value == null) {
            return List.of();
        }
        LinkedHashSet<String> items = new LinkedHashSet<>();
        for (String item : value.split("[;,|]")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return new ArrayList<>(items);
    }

    /** Languages as ISO 639 codes or English names ("so", "Somali"); unknown ones are kept for validation to name. */
    List<String> languages(String field, List<String> fallback) {
        List<String> items = list(field, fallback);
        if (items == null || items == fallback) {
            return items;
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (String item : items) {
            String code = Languages.code(item);
            codes.add(code == null ? item : code);
        }
        return new ArrayList<>(codes);
    }

    /** Vocabulary values as people write them ("Black-led", "black_led"); null entries for unknown ones. */
    <E extends Enum<E>> List<E> enums(String field, List<E> fallback, Class<E> type) {
        if (!sheet.has(field)) {
            return fallback;
        }
        List<E> values = new ArrayList<>();
        for (String item : list(field, List.of())) {
            String name = item.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("(^_|_$)", "");
            try {
                E value = Enum.valueOf(type, name);
                if (!values.contains(value)) {
                    values.add(value);
                }
            } catch (IllegalArgumentException e) {
                StringBuilder allowed = new StringBuilder();
                for (E constant : type.getEnumConstants()) {
                    allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name());
                }
                error(field, "'" + item + "' is not one of: " + allowed);
            }
        }
        return values;
    }

    /** A grade range as the district writes it: "K-5", "PK-8", "6-8", "9 to 12", "K"; null for a blank cell. */
    int[] grades(String field) {
        String value = raw(field);
        if (value == null) {
            return null;
        }
        int[] range = Grades.parseRange(value);
        if (range == null) {
            error(field, Grades.RANGE_FORMAT);
        }
        return range;
    }

    /** A single grade: PK, K or a number (an ordinal suffix such as 6th is allowed). */
    Integer grade(String field, Integer fallback) {
        if (!sheet.has(field)) {
            return fallback;
        }
        String value = raw(field);
        if (value == null) {
            return null;
        }
        Integer grade = grade(value.toUpperCase(Locale.ROOT).replace("PRE-K", "PK").replace(" ", ""));
        if (grade == null) {
            error(field, "must be PK, K or a grade from 1 to 12");
        }
        return grade;
    }

    private static Integer grade(String token) {
        return Grades.parse(token);
    }

    /**
     * The markers state report cards and district lists put where a figure is suppressed or not reported ("*", "--",
     * "N<10", "n/a" ...): the figure is unknown, never zero.
     */
    static boolean suppressed(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return SUPPRESSION_MARKERS.contains(v) || v.matches("^(n)?<[0-9]+%?$") || v.matches("^>[0-9]+%?$");
    }

    private static final java.util.Set<String> SUPPRESSION_MARKERS = java.util.Set.of("*", "**", "***", "-", "--", "---",
            "\u2014", "\u2013", "n/a", "na", "n.a.", "null", "suppressed", "s", "nr", "not reported", "notreported", "?");

    private <T> T read(String field, T fallback, Function<String, T> parse, String message) {
        if (!sheet.has(field)) {
            return fallback;
        }
        String value = raw(field);
        if (value == null || suppressed(value)) {
            return null;
        }
        T parsed;
        try {
            parsed = parse.apply(value.strip());
        } catch (RuntimeException e) {
            parsed = null;
        }
        if (parsed == null) {
            error(field, message);
        }
        return parsed;
    }
}
