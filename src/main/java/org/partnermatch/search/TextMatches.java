package org.partnermatch.search;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    /**
     * Highlights made, by the hit's id: a page seen again (or by the next visitor) reuses them without reading or
     * cutting the text again. These matches last one text generation ({@link SearchEngine#matches}), within which no
     * document's text changes, and a highlight is cut from what its document holds ({@code highlightText} of each
     * search), so a hit's highlight stays what it was made.
     */
    private final Map<UUID, Highlight> highlights = new ConcurrentHashMap<>();

    /** The text a hit's highlight is cut from, read only when its highlight was not made before. */
    @FunctionalInterface
    public interface Text {
        String read() throws SQLException;
    }

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

    /** See {@link SearchIndex.Found#slotsToNarrow}. */
    public long[] slotsToNarrow() {
        return found.slotsToNarrow();
    }

    /** See {@link SearchIndex.Found#byScore}. */
    public int[] byScore() {
        return found.byScore();
    }

    /** See {@link SearchIndex.Found#atMost}. */
    public double atMost(int i) {
        return found.atMost(i);
    }

    /** The score of the record found in {@code slot}, one of {@link #slotsToNarrow}'s. */
    public double scoreOfSlot(int slot) {
        return found.score(found.indexOf(slot));
    }

    /**
     * The highlights of {@code page} made before, by id: when every hit has one, the page's rows need not carry the
     * text highlights are cut from.
     */
    public Map<UUID, Highlight> madeFor(List<SearchHits.Hit> page) {
        Map<UUID, Highlight> made = new HashMap<>();
        for (SearchHits.Hit hit : page) {
            Highlight highlight = highlights.get(hit.id());
            if (highlight != null) {
                made.put(hit.id(), highlight);
            }
        }
        return made;
    }

    /**
     * A hit's highlight: its text with the words this search found marked; the one in {@code made} ({@link #madeFor})
     * when there is one, else cut from {@code text} (null: none) and remembered.
     */
    public Highlight highlight(SearchHits.Hit hit, Map<UUID, Highlight> made, Text text) throws SQLException {
        Highlight highlight = made.get(hit.id());
        if (highlight != null) {
            return highlight;
        }
        String read = text.read();
        if (read == null) {
            return null;
        }
        highlight = Highlights.matching(read, query.matchedWords(read));
        if (highlights.size() >= MAX_HIGHLIGHTS) {
            highlights.clear();
        }
        highlights.put(hit.id(), highlight);
        return highlight;
    }
}
