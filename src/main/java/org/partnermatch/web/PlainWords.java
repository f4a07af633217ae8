package org.partnermatch.web;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Form problems in words people use: a field by its name on the page rather than its name in the API
 * ({@code studentsToServe} → "Students to serve"), and Bean Validation's terse defaults ("must not be null") as
 * what to do. The API keeps its own field names and messages; only pages read these.
 */
final class PlainWords {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("gradeLow", "Lowest grade"), Map.entry("gradeHigh", "Highest grade"),
            Map.entry("address.postalCode", "ZIP code"), Map.entry("address.state", "State"),
            Map.entry("address.city", "City"), Map.entry("address.street", "Street"),
            Map.entry("contact.email", "E-mail"), Map.entry("contact.phone", "Phone"),
            Map.entry("contact.name", "Contact person"), Map.entry("minScore", "Lowest fit"),
            Map.entry("serviceRadius", "Serve in person within"), Map.entry("needIds", "Needs"),
            Map.entry("staffLanguages", "Languages your staff speak"), Map.entry("zipCodes", "ZIP codes"),
            Map.entry("kind", "What is wrong"));

    private static final Map<String, String> MESSAGES = Map.of(
            "must not be null", "please fill this in",
            "must not be blank", "please fill this in",
            "must not be empty", "please choose or fill in at least one",
            "must be a well-formed email address", "must be an e-mail address, like name@example.org",
            "must be true", "please tick this");

    private static final Pattern AT_LEAST = Pattern.compile("^must be greater than or equal to (.+)$");
    private static final Pattern AT_MOST = Pattern.compile("^must be less than or equal to (.+)$");
    private static final Pattern SIZE = Pattern.compile("^size must be between (\\d+) and (\\d+)$");

    private PlainWords() {
    }

    /** The field as the page names it: known labels, else its name in words ("studentsToServe" → "Students to serve"). */
    static String label(String field) {
        String known = LABELS.get(field);
        if (known != null) {
            return known;
        }
        // the partnership page's outcome rows and results (PartnershipPages)
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(measure|target|unit)-(\\d+)").matcher(field);
        if (row.matches()) {
            return switch (row.group(1)) {
                case "measure" -> "Outcome " + row.group(2);
                case "target" -> "Target of outcome " + row.group(2);
                default -> "Unit of outcome " + row.group(2);
            };
        }
        if (field.startsWith("result-")) {
            return "Result";
        }
        String last = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        String words = last.replaceAll("Ids$", "s").replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A validation message in plain words; messages already written for people pass through unchanged. */
    static String message(String text) {
        if (text == null) {
            return null;
        }
        String known = MESSAGES.get(text);
        if (known != null) {
            return known;
        }
        Matcher m = AT_LEAST.matcher(text);
        if (m.matches()) {
            return "must be at least " + m.group(1);
        }
        m = AT_MOST.matcher(text);
        if (m.matches()) {
            return "must be at most " + m.group(1);
        }
        m = SIZE.matcher(text);
        if (m.matches()) {
            return m.group(1).equals("0") ? "is too long: at most " + m.group(2)
                    : "must have between " + m.group(1) + " and " + m.group(2);
        }
        return text;
    }
}
