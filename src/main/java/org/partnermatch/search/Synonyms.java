package org.partnermatch.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups of words (or short phrases) that mean the same to the people searching: a search for one also finds the
 * others. Applied when a search is read, never when records are indexed, so a district's edit takes effect on the
 * next search without re-indexing. Terms are compared lower-cased; a term of several words is found in a search as
 * those words in a row ("african american").
 */
public final class Synonyms {

    /** Words a phrase term may have at most. */
    public static final int MAX_PHRASE_WORDS = 3;

    private final List<List<String>> groups;
    private final Map<String, Set<String>> alternatives;

    private Synonyms(List<List<String>> groups) {
        this.groups = groups.stream().map(List::copyOf).toList();
        Map<String, Set<String>> map = new HashMap<>();
        for (List<String> group : this.groups) {
            for (String term : group) {
                Set<String> others = map.computeIfAbsent(term, t -> new LinkedHashSet<>());
                group.stream().filter(t -> !t.equals(term)).forEach(others::add);
            }
        }
        this.alternatives = Map.copyOf(map);
    }

    public static Synonyms of(List<List<String>> groups) {
        List<List<String>> normalised = new ArrayList<>();
        for (List<String> group : groups) {
            List<String> terms = group.stream().map(Synonyms::normalise).filter(t -> !t.isEmpty()).distinct().toList();
            if (terms.size() > 1) {
                normalised.add(terms);
            }
        }
        return new Synonyms(normalised);
    }

    /** A term as it is compared: lower-case words separated by single spaces. */
    public static String normalise(String term) {
        return String.join(" ", SearchText.wordsOf(term.toLowerCase(Locale.ROOT)));
    }

    public List<List<String>> groups() {
        return groups;
    }

    /** The other terms of every group holding {@code term} (none when it is in no group). */
    public Set<String> of(String term) {
        return alternatives.getOrDefault(term, Set.of());
    }

    public boolean has(String term) {
        return alternatives.containsKey(term);
    }
}
