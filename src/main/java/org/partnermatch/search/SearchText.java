package org.partnermatch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnermatch.common.ProblemException;

/**
 * The free text of a search ({@code q}), checked: its words, lower-cased, each once, in order. Words are letters and
 * digits; punctuation and anything else separates them, so nothing of the query syntax of the search index (or of
 * SQL) ever reaches it from a client. {@link SearchQuery} reads the words into a query.
 */
public final class SearchText {

    public static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 12;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

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

    /** The words joined by single spaces. */
    public String plain() {
        return String.join(" ", words);
    }

    @Override
    public String toString() {
        return plain();
    }
}
