package org.partnermatch.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Form problems in words people use: a field by its name on the page rather than its name in the API
 * ({@code studentsToServe} → "Students to serve"), and Bean Validation's terse defaults ("must not be null") as
 * what to do, in the reader's language ({@link WebMessages}). The API keeps its own field names and messages; only
 * pages read these. A message a service wrote for people passes through as written (English).
 */
final class PlainWords {

    /** Fields whose page name is not their API name in words; the rest read as words ("studentsToServe"). */
    private static final Map<String, Function<WebMessages, String>> LABELS = Map.ofEntries(
            Map.entry("gradeLow", WebMessages::field_gradeLow), Map.entry("gradeHigh", WebMessages::field_gradeHigh),
            Map.entry("address.postalCode", WebMessages::field_postalCode),
            Map.entry("address.state", WebMessages::field_state), Map.entry("address.city", WebMessages::field_city),
            Map.entry("address.street", WebMessages::field_street), Map.entry("contact.email", WebMessages::field_email),
            Map.entry("contact.phone", WebMessages::field_phone), Map.entry("contact.name", WebMessages::field_contact),
            Map.entry("minScore", WebMessages::field_minScore), Map.entry("serviceRadius", WebMessages::field_serviceRadius),
            Map.entry("needIds", WebMessages::field_needIds), Map.entry("staffLanguages", WebMessages::field_staffLanguages),
            Map.entry("zipCodes", WebMessages::field_zipCodes), Map.entry("title", WebMessages::field_title),
            Map.entry("category", WebMessages::field_category), Map.entry("description", WebMessages::field_description),
            Map.entry("studentsAffected", WebMessages::field_studentsAffected),
            Map.entry("priority", WebMessages::field_priority), Map.entry("timings", WebMessages::field_timings),
            Map.entry("languages", WebMessages::field_languages), Map.entry("status", WebMessages::field_status),
            Map.entry("studentsToServe", WebMessages::field_studentsToServe),
            Map.entry("startDate", WebMessages::field_startDate), Map.entry("endDate", WebMessages::field_endDate),
            Map.entry("message", WebMessages::field_message), Map.entry("name", WebMessages::field_name),
            Map.entry("website", WebMessages::field_website), Map.entry("kind", WebMessages::field_kind));

    /** Bean Validation's default messages (English: the API's) and what to do instead, in the reader's words. */
    private static final Map<String, Function<WebMessages, String>> MESSAGES = Map.of(
            "must not be null", WebMessages::form_fill_in,
            "must not be blank", WebMessages::form_fill_in,
            "must not be empty", WebMessages::form_at_least_one,
            "must be a well-formed email address", WebMessages::form_email,
            "must be true", WebMessages::form_tick);

    private static final Pattern AT_LEAST = Pattern.compile("^must be greater than or equal to (.+)$");
    private static final Pattern AT_MOST = Pattern.compile("^must be less than or equal to (.+)$");
    private static final Pattern SIZE = Pattern.compile("^size must be between (\\d+) and (\\d+)$");
    private static final Pattern ROW = Pattern.compile("(measure|target|unit)-(\\d+)");

    private PlainWords() {
    }

    /** The field as the page names it: known labels, else its name in words ("studentsToServe" → "Students to serve"). */
    static String label(String field, WebMessages msg) {
        Function<WebMessages, String> known = LABELS.get(field);
        if (known != null) {
            return known.apply(msg);
        }
        // the partnership page's outcome rows and results (PartnershipPages)
        Matcher row = ROW.matcher(field);
        if (row.matches()) {
            return switch (row.group(1)) {
                case "measure" -> msg.field_outcome(row.group(2));
                case "target" -> msg.field_outcome_target(row.group(2));
                default -> msg.field_outcome_unit(row.group(2));
            };
        }
        if (field.startsWith("result-")) {
            return msg.field_result();
        }
        String last = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        String words = last.replaceAll("Ids$", "s").replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A validation message in plain words; messages already written for people pass through unchanged. */
    static String message(String text, WebMessages msg) {
        if (text == null) {
            return null;
        }
        Function<WebMessages, String> known = MESSAGES.get(text);
        if (known != null) {
            return known.apply(msg);
        }
        Matcher m = AT_LEAST.matcher(text);
        if (m.matches()) {
            return msg.form_min(m.group(1));
        }
        m = AT_MOST.matcher(text);
        if (m.matches()) {
            return msg.form_max(m.group(1));
        }
        m = SIZE.matcher(text);
        if (m.matches()) {
            return m.group(1).equals("0") ? msg.form_too_long(m.group(2)) : msg.form_between(m.group(1), m.group(2));
        }
        return text;
    }
}
