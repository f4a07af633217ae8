package org.partnermatch.matching.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns free text into comparable terms: lower-case, split on anything that is not a letter, English stop words
 * (and a few words every need and offering uses, like "students" or "school") removed, and each word cut down by a
 * light stemmer so that "tutoring", "tutors" and "tutored" all become "tutor".
 *
 * <p>No regular expressions: this runs once per record when candidates are prepared, and stays cheap.
 */
public final class Terms {

    private static final Set<String> STOP_WORDS = Set.of(
            // English function words
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "dont", "down", "during", "each", "etc", "few", "for", "from",
            "further", "get", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i",
            "if", "in", "into", "is", "it", "its", "just", "like", "may", "me", "might", "more", "most", "much",
            "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our",
            "ours", "out", "over", "own", "per", "same", "she", "should", "so", "some", "such", "than", "that",
            "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to",
            "too", "under", "until", "up", "us", "very", "via", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "whom", "why", "will", "with", "within", "would", "you", "your", "yours",
            // ordinal suffixes left over after digits are split off ("6th grade")
            "st", "nd", "rd", "th",
            // words nearly every need and offering contains: they would only add noise
            "student", "pupil", "school", "grade", "program", "programme", "need", "help", "support", "provide",
            "offer", "offering", "want", "looking", "new", "many", "every", "across", "year", "week");

    /** The stems of the stop words, so that inflected forms ("grades", "schools") are caught too. */
    private static final Set<String> STOP_STEMS = stemAll(STOP_WORDS);

    private Terms() {
    }

    /** Whether a word is ignored: it is a stop word, or stems like one. */
    public static boolean isStopWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return STOP_WORDS.contains(lower) || STOP_STEMS.contains(stem(lower));
    }

    private static Set<String> stemAll(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(stem(w));
        }
        return Set.copyOf(out);
    }

    /**
     * The stemmed, stop-word-free terms of {@code text} in order of appearance, duplicates kept. Null or blank text
     * gives an empty list.
     */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String word : words(text)) {
            String stem = stem(word);
            if (stem.length() >= 2 && !STOP_WORDS.contains(word) && !STOP_STEMS.contains(stem)) {
                out.add(stem);
            }
        }
        return out;
    }

    /** The distinct terms of all texts together, in order of first appearance. */
    public static Set<String> distinct(String... texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            out.addAll(of(text));
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * The lower-case words of {@code text}: maximal runs of letters. An apostrophe inside a word is dropped
     * ("children's" → "childrens", "don't" → "dont") so possessives stem like plurals.
     */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        StringBuilder current = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (Character.isLetter(ch)) {
                current.append(Character.toLowerCase(ch));
            } else if ((ch == '\'' || ch == '\u2019') && current.length() > 0 && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1))) {
                // skip the apostrophe, keep the word together
            } else if (current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /**
     * A light English stemmer: plural endings ("-ies", "-es" after s/x/ch/sh/z, "-s"), then "-ing" and "-ed" (with a
     * doubled final consonant undone: "swimming" → "swim"), then a final silent "e" ("dance" and "dancing" both
     * become "danc"). Words of three letters or fewer are left alone. Both sides of every comparison go through
     * the same function, so the stems only need to be consistent, not pretty.
     */
    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() <= 3) {
            return w;
        }
        // plurals
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")
                || w.endsWith("zes")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        // verb forms
        if (w.endsWith("ing") && w.length() - 3 >= 3) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && w.length() - 2 >= 3) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        // silent e, so that "care"/"caring" and "dance"/"dancing" agree
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n >= 2) {
            char last = w.charAt(n - 1);
            if (last == w.charAt(n - 2) && isConsonant(last) && last != 'l' && last != 's' && last != 'z') {
                return w.substring(0, n - 1);
            }
        }
        return w;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && "aeiouy".indexOf(c) < 0;
    }
}
