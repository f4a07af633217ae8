package org.partnermatch.common;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one converter for typed path, query and header parameters ({@link UUID}, {@link Integer}, {@link Double},
 * {@link Boolean}, enums, and text with a {@code @Size}). A malformed or out-of-range value is a 400 problem naming the parameter — JAX-RS would
 * otherwise answer 404 for a path or query parameter it cannot convert. A blank value counts as absent. Ranges come
 * from the parameter's own {@code @Min}/{@code @Max} ({@code @DecimalMin}/{@code @DecimalMax}), the same annotations
 * the contract shows as {@code minimum}/{@code maximum}, so contract and check cannot drift.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    /** Thrown for a parameter that cannot be read; a {@link BadRequestException} so JAX-RS passes it through. */
    public static final class InvalidParameterException extends BadRequestException {

        private final String parameter;
        private final String reason;

        public InvalidParameterException(String parameter, String reason) {
            super(parameter + ": " + reason);
            this.parameter = parameter;
            this.reason = reason;
        }

        public ProblemException problem() {
            return ProblemException.badRequest(parameter, reason);
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        Function<String, Object> parse;
        if (rawType == String.class) {
            Size size = size(annotations);
            if (size == null) {
                return null; // plain text, read by the resource as it is
            }
            parse = raw -> text(name, raw, size);
        } else if (rawType == UUID.class) {
            parse = raw -> uuid(name, raw);
        } else if (rawType == Integer.class || rawType == int.class) {
            Bounds bounds = Bounds.of(annotations);
            parse = raw -> bounds.check(name, wholeNumber(name, raw));
        } else if (rawType == Double.class || rawType == double.class) {
            Bounds bounds = Bounds.of(annotations);
            parse = raw -> bounds.check(name, number(name, raw));
        } else if (rawType == Boolean.class || rawType == boolean.class) {
            parse = raw -> bool(name, raw);
        } else if (rawType.isEnum()) {
            parse = raw -> constant(name, raw, (Class<? extends Enum>) rawType);
        } else {
            return null;
        }
        // A path segment is never absent: a blank id is as malformed as any other.
        boolean inPath = Arrays.stream(annotations).anyMatch(a -> a instanceof PathParam);
        // A blank value ("?weeks=") means what leaving the parameter out means: its default, else absent.
        String defaultValue = Arrays.stream(annotations).filter(a -> a instanceof DefaultValue)
                .map(a -> ((DefaultValue) a).value()).findFirst().orElse(null);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                if (rawType == String.class) {
                    return (T) parse.apply(value); // text as sent; the resource trims what it trims
                }
                if (value.isBlank() && !inPath) {
                    return defaultValue == null ? null : (T) parse.apply(defaultValue);
                }
                return (T) parse.apply(value.trim());
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
            if (annotation instanceof FormParam f) {
                return f.value();
            }
            if (annotation instanceof CookieParam c) {
                return c.value();
            }
        }
        return null;
    }

    private static Size size(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Size size) {
                return size;
            }
        }
        return null;
    }

    /** Text held to its {@code @Size}; the annotation's own message if it has one. */
    static String text(String name, String raw, Size size) {
        if (raw.length() < size.min() || raw.length() > size.max()) {
            String message = size.message().startsWith("{") ? size.min() > 1
                    ? "must be " + size.min() + " to " + size.max() + " characters"
                    : "must be at most " + size.max() + " characters" : size.message();
            throw new InvalidParameterException(name, message);
        }
        return raw;
    }

    static UUID uuid(String name, String raw) {
        try {
            // UUID.fromString accepts short groups ("1-2-3-4-5"); only the canonical 36-character form is an id.
            if (raw.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "must be a UUID");
        }
    }

    static int wholeNumber(String name, String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number");
        }
    }

    static double number(String name, String raw) {
        try {
            double value = Double.parseDouble(raw);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a number");
        }
    }

    static Boolean bool(String name, String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidParameterException(name, "must be true or false");
        };
    }

    static <E extends Enum<E>> E constant(String name, String raw, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return constant;
            }
        }
        throw new InvalidParameterException(name, "must be one of: "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** The range a parameter declares with Bean Validation annotations; unbounded sides are null. */
    record Bounds(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {

        static Bounds of(Annotation[] annotations) {
            BigDecimal min = null;
            BigDecimal max = null;
            boolean minInclusive = true;
            boolean maxInclusive = true;
            for (Annotation annotation : annotations) {
                if (annotation instanceof Min m) {
                    min = BigDecimal.valueOf(m.value());
                } else if (annotation instanceof Max m) {
                    max = BigDecimal.valueOf(m.value());
                } else if (annotation instanceof DecimalMin m) {
                    min = new BigDecimal(m.value());
                    minInclusive = m.inclusive();
                } else if (annotation instanceof DecimalMax m) {
                    max = new BigDecimal(m.value());
                    maxInclusive = m.inclusive();
                }
            }
            return new Bounds(min, minInclusive, max, maxInclusive);
        }

        <N extends Number> N check(String name, N value) {
            BigDecimal v = new BigDecimal(value.toString());
            boolean tooLow = min != null && (minInclusive ? v.compareTo(min) < 0 : v.compareTo(min) <= 0);
            boolean tooHigh = max != null && (maxInclusive ? v.compareTo(max) > 0 : v.compareTo(max) >= 0);
            if (tooLow || tooHigh) {
                throw new InvalidParameterException(name, "must be " + describe());
            }
            return value;
        }

        String describe() {
            if (min != null && max != null && minInclusive && maxInclusive) {
                return "between " + plain(min) + " and " + plain(max);
            }
            String low = min == null ? null : (minInclusive ? plain(min) + " or greater" : "more than " + plain(min));
            String high = max == null ? null : (maxInclusive ? "at most " : "less than ") + plain(max);
            return low == null ? high : high == null ? low : low + " and " + high;
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
