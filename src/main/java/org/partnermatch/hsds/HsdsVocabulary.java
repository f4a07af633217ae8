package org.partnermatch.hsds;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.partnermatch.hsds.HsdsDtos.TaxonomyTerm;

/**
 * PartnerMatch's own HSDS vocabulary for what HSDS has no field for. Top-level terms name a property (grades, timing,
 * modality, cost, capacity, leadership, community served); enumerated values are child terms such as
 * {@code timing:after_school}. Term ids are name-based UUIDs of the code, so they are the same in every export.
 */
final class HsdsVocabulary {

    static final String TAXONOMY = "PartnerMatch";
    static final String CATEGORY_TAXONOMY = "PartnerMatch categories";

    private static final Map<String, String[]> PROPERTIES = Map.of(
            "grades", new String[] {"Grades", "Grade range served, PK = pre-kindergarten, K = kindergarten, e.g. 6-8."},
            "timing", new String[] {"Timing", "When in the week or year the service runs."},
            "modality", new String[] {"Modality", "How the service is delivered."},
            "cost", new String[] {"Cost", "What the service costs a school or its families."},
            "capacity", new String[] {"Capacity", "How many students (or schools) the service can take per term."},
            "capacity_unit", new String[] {"Capacity unit", "What capacity counts: students or schools."},
            "capacity_remaining", new String[] {"Capacity remaining", "Capacity not yet taken by accepted partnerships."},
            "leadership", new String[] {"Leadership identity", "Self-declared leadership identity of the organization."},
            "community_served", new String[] {"Community served", "A community the organization serves, in its own words."});

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("bipoc_led", "BIPOC-led"), Map.entry("black_led", "Black-led"),
            Map.entry("immigrant_refugee_led", "Immigrant- or refugee-led"), Map.entry("latinx_led", "Latinx-led"),
            Map.entry("native_led", "Native-led"), Map.entry("asian_pacific_islander_led", "Asian/Pacific Islander-led"),
            Map.entry("lgbtq_led", "LGBTQ-led"), Map.entry("women_led", "Women-led"), Map.entry("youth_led", "Youth-led"),
            Map.entry("in_person", "In person"), Map.entry("sliding_scale", "Sliding scale"));

    private HsdsVocabulary() {
    }

    /** A stable id for anything derived from PartnerMatch records: a name-based UUID of its description. */
    static UUID id(String... parts) {
        return UUID.nameUUIDFromBytes(("partnermatch:hsds:" + String.join(":", parts)).getBytes(StandardCharsets.UTF_8));
    }

    /** The top-level term of a property, e.g. {@code grades}. */
    static TaxonomyTerm property(String property) {
        String[] text = PROPERTIES.get(property);
        return new TaxonomyTerm(id("term", property), property, text[0], text[1], null, TAXONOMY, "en");
    }

    /** The child term of an enumerated value, e.g. {@code timing:after_school}. */
    static TaxonomyTerm value(String property, String value) {
        String label = label(value);
        return new TaxonomyTerm(id("term", property + ":" + value), property + ":" + value, label,
                PROPERTIES.get(property)[0] + ": " + label + ".", id("term", property), TAXONOMY, "en");
    }

    /** A category of the shared taxonomy, with its parent. */
    static TaxonomyTerm category(String code, String name, String description, String parentCode) {
        return new TaxonomyTerm(id("category", code), code, name, description == null || description.isBlank()
                ? name : description, parentCode == null ? null : id("category", parentCode), CATEGORY_TAXONOMY, "en");
    }

    /** "after_school" → "After school"; known acronyms and identities as people write them. */
    static String label(String value) {
        String known = LABELS.get(value);
        if (known != null) {
            return known;
        }
        String words = value.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
