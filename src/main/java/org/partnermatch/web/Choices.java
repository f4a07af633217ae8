package org.partnermatch.web;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.partnermatch.common.DistrictConventions;
import org.partnermatch.taxonomy.CategoryDtos.CategoryResponse;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.DistanceUnit;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.Languages;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.NeedStatus;
import org.partnermatch.vocabulary.PartnershipState;
import org.partnermatch.vocabulary.Priority;
import org.partnermatch.vocabulary.Timing;

/** The choices forms offer and the plain-language labels pages show for codes. */
@TemplateData
public final class Choices {

    public record Option(String value, String label) {
    }

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("before_school", "Before school"), Map.entry("during_school", "During school"),
            Map.entry("after_school", "After school"), Map.entry("in_person", "In person"),
            Map.entry("sliding_scale", "Sliding scale"), Map.entry("bipoc_led", "BIPOC-led"),
            Map.entry("black_led", "Black-led"), Map.entry("immigrant_refugee_led", "Immigrant- or refugee-led"),
            Map.entry("latinx_led", "Latinx-led"), Map.entry("native_led", "Native-led"),
            Map.entry("asian_pacific_islander_led", "Asian/Pacific Islander-led"), Map.entry("lgbtq_led", "LGBTQ-led"),
            Map.entry("women_led", "Women-led"), Map.entry("youth_led", "Youth-led"),
            Map.entry("requested", "Waiting for the partner's answer"), Map.entry("accepted", "Accepted by the partner"),
            Map.entry("declined", "Declined by the partner"), Map.entry("active", "Under way"),
            Map.entry("completed", "Completed"), Map.entry("cancelled", "Cancelled"),
            Map.entry("expired", "Expired without an answer"),
            Map.entry("pending", "Waiting for district approval"), Map.entry("approved", "Approved by the district"),
            Map.entry("suspended", "Suspended by the district"),
            Map.entry("languages", "Languages"), Map.entry("grades", "Grades"), Map.entry("timing", "Timing"),
            Map.entry("distance", "Distance"), Map.entry("capacity", "Room left"), Map.entry("cost", "Cost"),
            Map.entry("category", "Category fit"), Map.entry("equity", "Equity"),
            Map.entry("track_record", "Track record"), Map.entry("cultural_fit", "Cultural fit"),
            Map.entry("text", "Words in common"), Map.entry("priority", "Priority"),
            Map.entry("responsiveness", "Answers requests"));

    private final List<CategoryResponse> tree;
    private final Map<String, String> categoryNames;
    private final List<String> regions;
    /** The district's time zone and locale: dates and times on pages are the district's, not UTC. */
    private final DistrictConventions.Dates dates;
    /** The district's unit for distances on pages (miles in a US district). */
    private final DistanceUnit distances;

    public Choices(List<CategoryResponse> tree, Map<String, String> categoryNames) {
        this(tree, categoryNames, List.of());
    }

    public Choices(List<CategoryResponse> tree, Map<String, String> categoryNames, List<String> regions) {
        this(tree, categoryNames, regions, DistrictConventions.Dates.district(), DistrictConventions.distanceUnit());
    }

    /** With given conventions (tests); pages use the district's. */
    Choices(List<CategoryResponse> tree, Map<String, String> categoryNames, List<String> regions,
            DistrictConventions.Dates dates, DistanceUnit distances) {
        this.tree = tree;
        this.categoryNames = categoryNames;
        this.regions = regions;
        this.dates = dates;
        this.distances = distances;
    }

    /** The district's regions, the only ones schools and organizations may name. */
    public List<Option> regions() {
        return regions.stream().map(r -> new Option(r, r)).toList();
    }

    /** How a stored location is known, in words: empty for exact coordinates. */
    public String precision(Object precision) {
        String value = precision == null ? "" : precision.toString();
        return value.equals("zip_centroid") ? "approximate (ZIP code centre)"
                : value.equals("unknown") ? "not known yet (add an address with a ZIP code)" : "";
    }

    /** Categories as options, children indented under their parent. */
    public List<Option> categories() {
        List<Option> options = new ArrayList<>();
        for (CategoryResponse parent : tree) {
            options.add(new Option(parent.code(), parent.name()));
            for (CategoryResponse child : parent.children()) {
                options.add(new Option(child.code(), "\u2003" + child.name()));
            }
        }
        return options;
    }

    public List<Option> grades() {
        List<Option> options = new ArrayList<>();
        for (int g = Grades.PRE_K; g <= Grades.MAX; g++) {
            options.add(new Option(Integer.toString(g), Grades.label(g)));
        }
        // for parents: household-level needs and the offerings that serve them (the service says so for others)
        options.add(new Option(Integer.toString(Grades.ADULT), "AE (adult education)"));
        return options;
    }

    public List<Option> timings() {
        return options(Timing.values());
    }

    public List<Option> priorities() {
        return options(Priority.values());
    }

    public List<Option> costs() {
        return options(Cost.values());
    }

    public List<Option> modalities() {
        return options(Modality.values());
    }

    public List<Option> leadership() {
        return options(Leadership.values());
    }

    public List<Option> needStatuses() {
        return options(NeedStatus.values());
    }

    public List<Option> states() {
        return options(PartnershipState.values());
    }

    /** A code in plain words: "after_school" → "After school", a category code → its name. */
    public String label(Object code) {
        if (code == null) {
            return "";
        }
        String text = code instanceof Enum<?> e ? e.name() : code.toString();
        String known = LABELS.get(text);
        if (known != null) {
            return known;
        }
        String category = categoryNames.get(text);
        if (category != null) {
            return category;
        }
        String spaced = text.replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** Language code → its English name ("so" → "Somali"). */
    /**
     * Every language name a person may type, in English and in the language itself ("Somali", "Soomaali"), sorted:
     * the suggestions of the language fields. Built once: the vocabulary is fixed.
     */
    private static final java.util.SortedSet<String> LANGUAGE_NAMES = languageNamesOf(Languages.codes());

    public java.util.SortedSet<String> languageNames() {
        return LANGUAGE_NAMES;
    }

    private static java.util.SortedSet<String> languageNamesOf(java.util.Set<String> codes) {
        java.util.SortedSet<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String code : codes) {
            names.add(Languages.name(code));
            String own = Languages.ownName(code);
            if (own != null && !own.isBlank()) {
                names.add(own);
            }
        }
        return java.util.Collections.unmodifiableSortedSet(names);
    }

    public String language(String code) {
        String name = Languages.name(code);
        return name == null ? code : name;
    }

    /** Several codes in plain words, comma-separated. */
    public String labels(List<?> codes) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        return String.join(", ", codes.stream().map(this::label).toList());
    }

    /** Free-text values joined with commas. */
    public String plain(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    public String languages(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        return String.join(", ", codes.stream().map(this::language).toList());
    }

    public String grade(int grade) {
        return Grades.label(grade);
    }

    /** A 0-1 score as a whole percentage, for bar widths and their text. */
    public long percent(double score) {
        return Math.round(Math.max(0, Math.min(1, score)) * 100);
    }

    /** A date (or the day of an instant, in the district's time zone) the district's way: "Dec 14, 2026". */
    public String day(Object value) {
        if (value instanceof java.time.LocalDate date) {
            return dates.day(date);
        }
        if (value instanceof java.time.Instant instant) {
            return dates.day(instant);
        }
        return value == null ? "" : value.toString();
    }

    /** An instant as a date and time in the district's time zone: "Nov 30, 2026, 2:52 PM PST". */
    public String time(java.time.Instant instant) {
        return dates.time(instant);
    }

    /** A distance given in km, in the district's unit: "2.3 miles". */
    public String distance(Number kilometres) {
        return kilometres == null ? "" : distances.oneDecimal(kilometres.doubleValue());
    }

    /** A service radius given in km, in the district's unit: "5 miles". */
    public String radius(Number kilometres) {
        return kilometres == null ? "" : distances.trimmed(kilometres.doubleValue());
    }

    /** The label of the service radius input, in the district's unit: "Serve in person within (miles)". */
    public String distanceLabel() {
        return "Serve in person within (" + distances.label() + ")";
    }

    /** A share 0..1 as a percentage, or a dash when there is nothing to share. */
    public String share(Double share) {
        return share == null ? "—" : Math.round(share * 100) + "%";
    }

    private static List<Option> options(Enum<?>[] values) {
        Choices labels = new Choices(List.of(), Map.of());
        return Arrays.stream(values).map(v -> new Option(v.name(), labels.label(v))).toList();
    }
}
