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

    /** Codes the pages show in words, each with its message (English in {@link WebMessages}, translated per language). */
    private static final Map<String, java.util.function.Function<WebMessages, String>> LABELS = Map.ofEntries(
            Map.entry("before_school", WebMessages::label_before_school),
            Map.entry("during_school", WebMessages::label_during_school),
            Map.entry("after_school", WebMessages::label_after_school),
            Map.entry("evening", WebMessages::label_evening),
            Map.entry("weekend", WebMessages::label_weekend),
            Map.entry("summer", WebMessages::label_summer),
            Map.entry("in_person", WebMessages::label_in_person),
            Map.entry("virtual", WebMessages::label_virtual),
            Map.entry("hybrid", WebMessages::label_hybrid),
            Map.entry("free", WebMessages::label_free),
            Map.entry("sliding_scale", WebMessages::label_sliding_scale),
            Map.entry("fee", WebMessages::label_fee),
            Map.entry("bipoc_led", WebMessages::label_bipoc_led),
            Map.entry("black_led", WebMessages::label_black_led),
            Map.entry("immigrant_refugee_led", WebMessages::label_immigrant_refugee_led),
            Map.entry("latinx_led", WebMessages::label_latinx_led),
            Map.entry("native_led", WebMessages::label_native_led),
            Map.entry("asian_pacific_islander_led", WebMessages::label_asian_pacific_islander_led),
            Map.entry("lgbtq_led", WebMessages::label_lgbtq_led),
            Map.entry("women_led", WebMessages::label_women_led),
            Map.entry("youth_led", WebMessages::label_youth_led),
            Map.entry("pending", WebMessages::label_pending),
            Map.entry("approved", WebMessages::label_approved),
            Map.entry("suspended", WebMessages::label_suspended),
            Map.entry("requested", WebMessages::status_requested),
            Map.entry("accepted", WebMessages::status_accepted),
            Map.entry("declined", WebMessages::status_declined),
            Map.entry("active", WebMessages::status_active),
            Map.entry("completed", WebMessages::status_completed),
            Map.entry("cancelled", WebMessages::status_cancelled),
            Map.entry("expired", WebMessages::status_expired),
            Map.entry("open", WebMessages::status_open),
            Map.entry("met", WebMessages::status_met),
            Map.entry("closed", WebMessages::status_closed),
            Map.entry("low", WebMessages::priority_low),
            Map.entry("medium", WebMessages::priority_medium),
            Map.entry("high", WebMessages::priority_high),
            Map.entry("urgent", WebMessages::priority_urgent),
            Map.entry("languages", WebMessages::factor_languages),
            Map.entry("grades", WebMessages::factor_grades),
            Map.entry("timing", WebMessages::factor_timing),
            Map.entry("distance", WebMessages::factor_distance),
            Map.entry("capacity", WebMessages::factor_capacity),
            Map.entry("cost", WebMessages::factor_cost),
            Map.entry("category", WebMessages::factor_category),
            Map.entry("equity", WebMessages::factor_equity),
            Map.entry("track_record", WebMessages::factor_track_record),
            Map.entry("cultural_fit", WebMessages::factor_cultural_fit),
            Map.entry("text", WebMessages::factor_text),
            Map.entry("priority", WebMessages::factor_priority),
            Map.entry("responsiveness", WebMessages::factor_responsiveness));

    private final List<CategoryResponse> tree;
    private final Map<String, String> categoryNames;
    private final List<String> regions;
    /** The district's time zone and locale: dates and times on pages are the district's, not UTC. */
    private final DistrictConventions.Dates dates;
    /** The district's unit for distances on pages (miles in a US district). */
    private final DistanceUnit distances;
    /** The words of the reader's language. */
    private final WebMessages msg;
    /** The reader's language code (ISO 639: "zh" for zh-Hant), for descriptions' translations. */
    private final String reader;
    /** Match reasons' words in the reader's language (null in tests that build choices without Quarkus). */
    private final ReasonMessages reasons;

    /**
     * The choices in the reader's language: labels from its messages; dates keep the district's zone and region but
     * take the language's month names ("18 dic 2026" in Spanish in a US district).
     */
    public Choices(List<CategoryResponse> tree, Map<String, String> categoryNames, List<String> regions,
                   WebLanguage language, WebMessages msg) {
        this(tree, categoryNames, regions, DistrictConventions.Dates.district().in(language.locale()),
                DistrictConventions.distanceUnit(), msg, language.reasons());
    }

    /** With given conventions (tests); pages use the district's. */
    Choices(List<CategoryResponse> tree, Map<String, String> categoryNames, List<String> regions,
            DistrictConventions.Dates dates, DistanceUnit distances, WebMessages msg) {
        this(tree, categoryNames, regions, dates, distances, msg, null);
    }

    /** With given conventions and reason words (tests); pages use the district's. */
    Choices(List<CategoryResponse> tree, Map<String, String> categoryNames, List<String> regions,
            DistrictConventions.Dates dates, DistanceUnit distances, WebMessages msg, ReasonMessages reasons) {
        this.reasons = reasons;
        this.tree = tree;
        this.categoryNames = categoryNames;
        this.regions = regions;
        this.dates = dates;
        this.distances = distances;
        this.msg = msg;
        this.reader = dates.locale().getLanguage();
    }

    /**
     * A description as the reader gets it: the translation into their language when its staff wrote one, else the
     * original, which is in the district's language (its {@code lang} for the page; {@link Description#noted} when
     * it is not the reader's, so the page can say so).
     */
    public Description description(String original, Map<String, String> translations) {
        String written = DistrictConventions.locale().getLanguage();
        String translated = translations == null ? null : translations.get(reader);
        if (translated != null && !translated.isBlank() && !reader.equals(written)) {
            return new Description(translated, reader, false, "");
        }
        String name = java.util.Locale.forLanguageTag(written).getDisplayLanguage(dates.locale());
        return new Description(original, written, !reader.equals(written), name);
    }

    /**
     * @param text     what to show (null when there is no description)
     * @param lang     its language, for the element's {@code lang}
     * @param noted    the original in another language than the reader's: the page says which
     * @param language the original's language, named in the reader's language
     */
    public record Description(String text, String lang, boolean noted, String language) {
    }

    /**
     * A match reason in the reader's words, from its key and arguments ({@link ReasonWords}); the API's English
     * sentence when there are no reason words (choices built without Quarkus).
     */
    public String reason(org.partnermatch.matching.MatchDtos.ReasonDetail reason) {
        if (reason == null) {
            return "";
        }
        if (reasons == null) {
            Object text = reason.args().get("text");
            return text == null ? reason.key() : text.toString();
        }
        return new ReasonWords(reasons, this).of(reason);
    }

    /**
     * A factor's reason in the reader's words: the match's reason whose key belongs to the factor
     * ({@code category.sibling} for {@code category}), else (a factor weighing 0) its English sentence.
     */
    public String factorReason(org.partnermatch.matching.MatchDtos.Factor factor,
                               List<org.partnermatch.matching.MatchDtos.ReasonDetail> details) {
        String prefix = factor.factor() + ".";
        if (details != null) {
            for (var detail : details) {
                if (detail.key().startsWith(prefix)) {
                    return reason(detail);
                }
            }
        }
        return factor.reason();
    }

    /** Why an organization is left out of a need's matches for now, in the reader's words. */
    public String leftOut(org.partnermatch.matching.MatchDtos.LeftOut left) {
        return reasons == null ? left.reason() : new ReasonWords(reasons, this).leftOut(left);
    }

    /** The district's regions, the only ones schools and organizations may name. */
    public List<Option> regions() {
        return regions.stream().map(r -> new Option(r, r)).toList();
    }

    /** How a stored location is known, in words: empty for exact coordinates. */
    public String precision(Object precision) {
        String value = precision == null ? "" : precision.toString();
        return value.equals("zip_centroid") ? msg.org_precision_zip()
                : value.equals("unknown") ? msg.org_precision_unknown() : "";
    }

    /** Categories as options in the reader's language, children indented under their parent. */
    public List<Option> categories() {
        List<Option> options = new ArrayList<>();
        for (CategoryResponse parent : tree) {
            options.add(new Option(parent.code(), categoryNames.getOrDefault(parent.code(), parent.name())));
            for (CategoryResponse child : parent.children()) {
                options.add(new Option(child.code(), "\u2003" + categoryNames.getOrDefault(child.code(), child.name())));
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
        var known = LABELS.get(text);
        if (known != null) {
            return known.apply(msg);
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

    /**
     * A language code by its name in the reader's language ("so" → "Somali", "somalí" in Spanish) when Java knows
     * that name, else its English name.
     */
    public String language(String code) {
        String name = Languages.name(code);
        if (name == null) {
            return code;
        }
        java.util.Locale reader = dates.locale();
        if (!reader.getLanguage().equals("en")) {
            String own = java.util.Locale.forLanguageTag(code).getDisplayLanguage(reader);
            if (!own.isBlank() && !own.equalsIgnoreCase(code)) {
                return own;
            }
        }
        return name;
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
        return kilometres == null ? "" : inWords(distances.oneDecimal(kilometres.doubleValue()));
    }

    /** A service radius given in km, in the district's unit: "5 miles". */
    public String radius(Number kilometres) {
        return kilometres == null ? "" : inWords(distances.trimmed(kilometres.doubleValue()));
    }

    /** "2.3 miles" with the unit in the reader's words ("2.3 millas"). */
    private String inWords(String distance) {
        int space = distance.lastIndexOf(' ');
        String unit = distance.substring(space + 1);
        String word = switch (unit) {
            case "miles" -> msg.common_miles();
            case "mile" -> msg.common_mile();
            default -> unit;
        };
        return distance.substring(0, space + 1) + word;
    }

    /** The label of the service radius input, in the district's unit: "Serve in person within (miles)". */
    public String distanceLabel() {
        return msg.common_serve_within(distances == DistanceUnit.miles ? msg.common_miles() : distances.label());
    }

    /** A share 0..1 as a percentage, or a dash when there is nothing to share. */
    public String share(Double share) {
        return share == null ? "—" : Math.round(share * 100) + "%";
    }

    private List<Option> options(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label(v))).toList();
    }
}
