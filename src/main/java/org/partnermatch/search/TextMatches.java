package org.partnermatch.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the search index found for a search's text: each id with its score, and the query, which marks the matched
 * words of each hit's highlight.
 */
public final class TextMatches {

    /** Highlights kept per search text at most (a few pages' worth). */
    static final int MAX_HIGHLIGHTS = 200;

    private final SearchQuery query;
    private final SearchIndex.Found found;
    /** Highlights made, by the text they are cut from: a page seen again (or by the next visitor) reuses them. */
    private final Map<String, Highlight> highlights = new ConcurrentHashMap<>();

    public TextMatches(SearchQuery query, SearchIndex.Found found) {
        this.query = query;
        this.found = found;
    }

    /** The offerings {@code text} finds. */
    public static TextMatches offerings(SearchEngine engine, SearchText text) {
        return engine.matches(SearchIndex.OFFERING, text);
    }

    /** The organizations {@code text} finds. */
    public static TextMatches organizations(SearchEngine engine, SearchText text) {
        return engine.matches(SearchIndex.ORGANIZATION, text);
    }

    public SearchQuery query() {
        return query;
    }

    public int size() {
        return found.size();
    }

    /** The slot of the {@code i}th record found (see {@link SearchIndex.Found#slot}). */
    public int slot(int i) {
        return found.slot(i);
    }

    public double score(int i) {
        return found.score(i);
    }

    /** A hit's highlight: its text with the words this search found marked. */
    public Highlight highlight(String text) {
        if (text == null) {
            return null;
        }
        Highlight made = highlights.get(text);
        if (made == null) {
            made = Highlights.matching(text, query.matchedWords(text));
            if (highlights.size() >= MAX_HIGHLIGHTS) {
                highlights.clear();
            }
            highlights.put(text, made);
        }
        return made;
    }
}
