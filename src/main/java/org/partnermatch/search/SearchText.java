package org.partnermatch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnermatch.common.ProblemException;

/**
 * The free text of a search ({@code q}) made into PostgreSQL text-search queries. Words are letters and digits
 * (punctuation separates them); each word must match, stemmed by the english configuration ("tutors" and "tutor"
 * find "tutoring"), and the last word also as a prefix, as people type ("diap" finds "diapers"). Words before the
 * last are complete: matching them exactly is both more precise and cheaper for the index. A few everyday words also
 * match the words the directory uses for them ("kids" finds "students" and "youth"). Nothing from the client reaches
 * SQL except whole words, always as bound parameters.
 */
public final class SearchText {

    public static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 12;
    /** Shorter words match exactly: a prefix of one or two letters would match half the directory. */
    static final int MIN_PREFIX_LENGTH = 3;
    /** Shorter words are never matched by resemblance: their trigrams say too little. */
    static final int MIN_FUZZY_LENGTH = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Everyday words → the directory's words for them (the word itself always matches too). */
    static final Map<String, List<String>> SYNONYMS = synonyms(
            List.of("kid", "kids", "child", "children", "student", "youth"),
            List.of("teen", "teens", "teenager", "teenagers", "youth"),
            List.of("parent", "parents", "family", "families", "caregiver", "caregivers"));

    private final List<String> words;

    private SearchText(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** The text of parameter {@code name}, or null when absent or blank; 400 naming it when unusable. */
    public static SearchText parse(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_LENGTH) {
            throw ProblemException.badRequest(name, "must be at most " + MAX_LENGTH + " characters");
        }
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(raw.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            if (!words.contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
        if (words.isEmpty()) {
            throw ProblemException.badRequest(name, "must contain a word (letters or digits)");
        }
        if (words.size() > MAX_WORDS) {
            throw ProblemException.badRequest(name, "must have at most " + MAX_WORDS + " words");
        }
        return new SearchText(words);
    }

    /** The words of {@code text} in order, repeats kept: letters and digits, anything else separates. */
    public static List<String> wordsOf(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    public List<String> words() {
        return words;
    }

    /** The words joined by single spaces: what names are compared with for typo tolerance. */
    public String plain() {
        return String.join(" ", words);
    }

    /** For {@code to_tsquery('english', ?)}: every word (or one of its synonyms) must match; the last as a prefix. */
    public String tsquery() {
        return String.join(" & ", groups());
    }

    /** For highlights: a word matching any one word of the search (or a synonym) as {@link #tsquery} matches it. */
    public String anyWordTsquery() {
        return String.join(" | ", groups());
    }

    private List<String> groups() {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            groups.add(group(words.get(i), i == words.size() - 1));
        }
        return groups;
    }

    /** One word (with its synonyms) as a {@code to_tsquery} expression, matching as a prefix too. */
    public static String group(String word) {
        return group(word, true);
    }

    private static String group(String word, boolean prefix) {
        Set<String> alternatives = new LinkedHashSet<>();
        alternatives.add(word);
        alternatives.addAll(SYNONYMS.getOrDefault(word, List.of()));
        return "(" + alternatives.stream().map(w -> prefix ? term(w) : w).collect(Collectors.joining(" | ")) + ")";
    }

    /** Words long enough to be matched by resemblance to a name. */
    public List<String> fuzzyWords() {
        return words.stream().filter(SearchText::resemblable).toList();
    }

    /** Whether a word is long enough to be matched by resemblance (its trigrams say enough). */
    public static boolean resemblable(String word) {
        return word.length() >= MIN_FUZZY_LENGTH;
    }

    private static String term(String word) {
        return word.length() >= MIN_PREFIX_LENGTH ? word + ":*" : word;
    }

    @SafeVarargs
    private static Map<String, List<String>> synonyms(List<String>... groups) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        for (List<String> group : groups) {
            for (String word : group) {
                map.put(word, group.stream().filter(w -> !w.equals(word)).toList());
            }
        }
        return Map.copyOf(map);
    }

    @Override
    public String toString() {
        return plain();
    }
}
