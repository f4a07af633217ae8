package org.partnermatch.search;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the search index found for a search's text: each id with its score, and the query, which marks the matched
 * words of each hit's highlight.
 */
public final class TextMatches {

    private final SearchQuery query;
    private final SearchIndex.Found found;

    public TextMatches(SearchQuery query, SearchIndex.Found found) {
        this.query = query;
        this.found = found;
    }

    /** The offerings {@code text} finds. */
    public static TextMatches offerings(SearchEngine engine, SearchText text) {
        SearchQuery query = engine.query(text);
        return new TextMatches(query, engine.offerings(query));
    }

    /** The organizations {@code text} finds. */
    public static TextMatches organizations(SearchEngine engine, SearchText text) {
        SearchQuery query = engine.query(text);
        return new TextMatches(query, engine.organizations(query));
    }

    public SearchQuery query() {
        return query;
    }

    public int size() {
        return found.size();
    }

    public UUID id(int i) {
        return found.ids()[i];
    }

    public double score(int i) {
        return found.scores()[i];
    }

    /** Each id found with its score. */
    public Map<UUID, Double> scores() {
        Map<UUID, Double> scores = new HashMap<>(found.size() * 2);
        for (int i = 0; i < found.size(); i++) {
            scores.put(found.ids()[i], found.scores()[i]);
        }
        return scores;
    }

    /** A hit's highlight: its text with the words this search found marked. */
    public Highlight highlight(String text) {
        return text == null ? null : Highlights.matching(text, query.matchedWords(text));
    }
}
