package org.partnermatch.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.Languages;

/**
 * Parses raw text into typed values, answering 400 with the parameter's name when a value is malformed: for form
 * fields and the web pages' query strings, and for values the API reads beyond their JAX-RS type (grades, language
 * codes). API parameters are typed on the resources themselves and read by {@link ParameterConverters}.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** Trimmed text, or null when absent or blank. */
    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    /** A community served, as organizations name them (up to 80 characters); null when absent. */
    public static String community(String name, String raw) {
        String value = text(raw);
        if (value != null && value.length() > 80) {
            throw ProblemException.badRequest(name, "must be at most 80 characters");
        }
        return value;
    }

    public static UUID uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            if (raw.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be a UUID");
        }
    }

    /** A path id: always required. */
    public static UUID id(String name, String raw) {
        UUID id = uuid(name, raw);
        if (id == null) {
            throw ProblemException.badRequest(name, "must be a UUID");
        }
        return id;
    }

    public static int integer(String name, String raw, int defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a whole number");
        }
    }

    public static Integer optionalInteger(String name, String raw) {
        return raw == null || raw.isBlank() ? null : integer(name, raw, 0);
    }

    public static Double optionalDouble(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(raw.trim());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a number");
        }
    }

    public static Boolean optionalBoolean(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(name, "must be true or false");
        };
    }

    /** A grade: PK, K, 1-12 or AE (adult education), or its number -1..13; read by {@link Grades}. */
    public static Integer grade(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Integer grade = Grades.parse(raw.trim().toUpperCase(Locale.ROOT).replace(" ", ""));
        if (grade == null || !Grades.isValidListing(grade)) {
            throw ProblemException.badRequest(name, "must be a grade: PK, K, 1 to 12 or AE (or -1 to 13)");
        }
        return grade;
    }

    /** A grade a school teaches: PK, K or 1-12 (-1 to 12); never AE. */
    public static Integer schoolGrade(String name, String raw) {
        Integer grade = grade(name, raw);
        if (grade != null && !Grades.isValid(grade)) {
            throw ProblemException.badRequest(name, Grades.SCHOOL_GRADE);
        }
        return grade;
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw.trim())) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name());
        }
        throw ProblemException.badRequest(name, "must be one of: " + String.join(", ", allowed));
    }

    public static String language(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = raw.trim().toLowerCase(Locale.ROOT);
        if (!Languages.isKnown(code)) {
            throw ProblemException.badRequest(name, "must be an ISO 639 language code such as es, so or vi");
        }
        return code;
    }

    /** Each comma-separated value parsed by {@code parser}; absent → empty list. */
    public static <T> List<T> list(String raw, Function<String, T> parser) {
        List<T> values = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return values;
        }
        for (String part : raw.split(",")) {
            if (!part.isBlank()) {
                values.add(parser.apply(part.trim()));
            }
        }
        return values;
    }
}
