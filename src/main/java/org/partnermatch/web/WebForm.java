package org.partnermatch.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.partnermatch.common.DistrictConventions;
import org.partnermatch.common.Problem;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.ProblemMappers;

/**
 * A submitted form: typed reads that note a plain-language error per field instead of failing, the same Bean
 * Validation the API runs on its request records, and the services' own problems mapped back onto the fields.
 * Field names are the request records' JSON paths ({@code gradeLow}, {@code contact.email}), so a problem from a
 * service lands next to the input that caused it.
 */
public final class WebForm {

    private final MultivaluedMap<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    /** API field → the input that stands for it under another name (a distance typed in another unit). */
    private final Map<String, String> apiFields = new java.util.HashMap<>();
    private String message;
    /** The reader's words, for the problems this form writes itself. */
    private final WebMessages msg;

    public WebForm(MultivaluedMap<String, String> values, WebMessages msg) {
        this.values = values;
        this.msg = msg;
    }

    /**
     * A posted form, accepted only with this session's CSRF token: otherwise nothing is read and the post ends in
     * the "Form expired" page (403, see {@link WebSession#checkCsrf}).
     */
    public static WebForm posted(MultivaluedMap<String, String> values, WebSession session) {
        WebForm form = new WebForm(values, session.language().messages());
        session.checkCsrf(form.text("csrf"));
        return form;
    }

    /**
     * The post/redirect/get flow of a form that writes: when every field read cleanly and the request passes its
     * Bean Validation, runs the write and answers what it returns (a redirect to the result). Otherwise, or when the
     * write is refused with a {@link ProblemException}, the problem goes onto the form ({@link #reject}) and the page
     * is shown again with it ({@link #redisplay}). Only the write's problems are caught: the page's own (an unknown
     * or forbidden target) go to the error page with their status.
     *
     * @param request the request record, built from this form (so that its reads have noted their errors)
     * @param write   performs the request and answers the response for success
     * @param page    the form's page around a view of this form, for showing it again
     */
    public <T> Response writeOrRedisplay(Validator validator, T request, Function<T, Response> write,
                                         Function<FormView, TemplateInstance> page) {
        // Validated even when a field did not read, so the page names every problem at once (a field's reading
        // error stays the one shown for it).
        boolean valid = validate(validator, request);
        if (ok() && valid) {
            try {
                return write.apply(request);
            } catch (ProblemException e) {
                if (e.status() == 403 || e.status() == 404) {
                    throw e; // not something the form can fix: the error page, with its status
                }
                reject(e);
            }
        }
        return redisplay(page);
    }

    /** The form's page again, showing what was submitted and what is wrong with it: 400. */
    public Response redisplay(Function<FormView, TemplateInstance> page) {
        return Response.status(400).entity(page.apply(FormView.of(this)).render()).build();
    }

    public String text(String name) {
        String value = values == null ? null : values.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** All values of a repeated field (checkboxes, multi-selects), blanks dropped. */
    public List<String> all(String name) {
        List<String> list = values == null ? null : values.get(name);
        return list == null ? List.of() : list.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }

    /** A comma-separated field as a list ("so, am, en"). */
    public List<String> commaList(String name) {
        String value = text(name);
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    /**
     * A comma-separated list of languages as people write them — names in English or in the language itself, or
     * ISO 639 codes ("Somali, Amharic, español", "so, am") — as codes. Each one not recognised is named in the
     * field's error; the list is then what was recognised.
     */
    public List<String> languages(String name) {
        List<String> codes = new java.util.ArrayList<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (String item : commaList(name)) {
            String code = org.partnermatch.vocabulary.Languages.code(item);
            if (code == null) {
                unknown.add(item);
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            error(name, msg.form_unknown_languages(unknown.size(), "\"" + String.join("\", \"", unknown) + "\""));
        }
        return codes;
    }

    /**
     * A US state as people write it ("Washington", "wa", "WA") as its two-letter code. One not recognised is the
     * field's error in plain words; null when empty.
     */
    public String usState(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        String code = org.partnermatch.vocabulary.UsStates.code(value);
        if (code == null) {
            error(name, msg.form_unknown_state(value.strip()));
            return value;
        }
        return code;
    }

    /**
     * A website as people write it: "www.example.org" or "example.org/youth" gets https:// in front; anything with a
     * scheme is left for validation to judge. Null when empty.
     */
    public String website(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        boolean hasScheme = trimmed.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
        return !hasScheme && trimmed.matches("^[^\\s/@]+\\.[^\\s/@]{2,}(/\\S*)?$") ? "https://" + trimmed : trimmed;
    }

    /**
     * The description's translations, one text area per language ({@code descriptionTranslations.<ISO 639 code>}):
     * the filled ones by code; an empty one removes that translation. A code we do not know is the field's error.
     */
    public Map<String, String> translations(String name) {
        Map<String, String> translations = new java.util.TreeMap<>();
        if (values == null) {
            return translations;
        }
        values.keySet().stream().filter(key -> key.startsWith(name + ".")).sorted().forEach(key -> {
            String code = key.substring(name.length() + 1);
            String value = text(key);
            if (!org.partnermatch.vocabulary.Languages.isKnown(code)) {
                error(name, msg.form_not_valid_choice());
            } else if (value != null) {
                translations.put(code, value);
            }
        });
        return translations;
    }

    /** Language codes as the language fields show them: English names ("so", "en" → "Somali", "English"). */
    public static List<String> languageNames(List<String> codes) {
        return codes == null ? List.of() : codes.stream().map(org.partnermatch.vocabulary.Languages::name).toList();
    }

    public Integer integer(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            error(name, msg.form_whole_number());
            return null;
        }
    }

    public Double decimal(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            error(name, msg.form_number());
            return null;
        }
    }

    /**
     * A distance typed in the district's unit (miles in a US district), in kilometres as the API keeps it (two
     * decimals); must be above 0. The API's violations of {@code apiField} are shown next to this input.
     */
    public BigDecimal distanceKm(String name, String apiField) {
        apiFields.put(apiField, name);
        Double value = decimal(name);
        if (value == null) {
            return null;
        }
        if (!(value > 0)) {
            error(name, msg.form_more_than_zero());
            return null;
        }
        return DistrictConventions.distanceUnit().toKm(BigDecimal.valueOf(value)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Shows the violations of {@code apiField} next to the input {@code input}. */
    public void alias(String apiField, String input) {
        apiFields.put(apiField, input);
    }

    public BigDecimal bigDecimal(String name) {
        Double value = decimal(name);
        return value == null ? null : BigDecimal.valueOf(value);
    }

    public LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(name, msg.form_date());
            return null;
        }
    }

    public UUID uuid(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            error(name, msg.form_not_valid_choice());
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            error(name, msg.form_not_a_choice());
            return null;
        }
    }

    public <E extends Enum<E>> List<E> choices(String name, Class<E> type) {
        List<E> result = new ArrayList<>();
        for (String value : all(name)) {
            try {
                result.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                error(name, msg.form_not_choices());
            }
        }
        return result;
    }

    /** The If-Match value for an update: the version the form was read at, as its ETag; null when missing. */
    public String ifMatch() {
        Integer version = integer("version");
        return version == null ? null : org.partnermatch.common.ETags.of(version);
    }

    public boolean checked(String name) {
        return text(name) != null;
    }

    /** Runs the request record's Bean Validation constraints, as the API does; true when there are no errors. */
    public <T> boolean validate(Validator validator, T request) {
        for (ConstraintViolation<T> violation : validator.validate(request)) {
            error(fieldOf(violation.getPropertyPath()), violation.getMessage());
        }
        return errors.isEmpty();
    }

    /** A service's problem: field violations go next to their inputs, anything else becomes the form's message. */
    public void reject(ProblemException problem) {
        if (problem.violations().isEmpty()) {
            message = problem.getMessage();
            return;
        }
        for (Problem.Violation violation : problem.violations()) {
            error(inputOf(violation.field()), violation.message());
        }
    }

    public void error(String field, String text) {
        errors.putIfAbsent(apiFields.getOrDefault(field, field), PlainWords.message(text, msg));
    }

    public boolean ok() {
        return errors.isEmpty() && message == null;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public String message() {
        return message;
    }

    /** The reader's words. */
    WebMessages msg() {
        return msg;
    }

    /** The submitted values, for re-rendering the form: one string per field, lists for repeated fields. */
    public Map<String, Object> values() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((key, list) -> map.put(key, list.size() == 1 ? list.get(0) : list));
        }
        return map;
    }

    /** The submitted values of a repeated field, for checkboxes. */
    public List<String> selected(String name) {
        return all(name);
    }

    /** The field a violation names, as the API names it (ProblemMappers), for the form: see {@link #inputOf}. */
    private static String fieldOf(Path path) {
        String field = ProblemMappers.fieldOf(path);
        return "request".equals(field) ? "form" : inputOf(field);
    }

    /** A form shows one input per field, so list indexes go: "outcomes[0].measure" is at "outcomes.measure". */
    private static String inputOf(String apiField) {
        return apiField.replaceAll("\\[\\d+]", "");
    }
}
