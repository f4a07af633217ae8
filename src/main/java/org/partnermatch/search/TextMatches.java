package org.partnermatch.search;

/**
 * What the search index found for a search's text: the ids and their scores, handed to the SQL that filters, orders
 * and pages them, and the query, which marks the matched words of each hit's highlight.
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

    /** The condition that {@code idColumn} is one of the ids found. */
    public Sql among(String idColumn) {
        return Sql.of(idColumn + " = ANY (?)", (Object) found.ids());
    }

    /**
     * A join of the ids found, with their scores, as {@code m(id, score)} to the rows of {@code alias} (none
     * without text).
     */
    public static Sql join(TextMatches matches, String alias) {
        return matches == null ? new Sql()
                : Sql.of(" JOIN unnest(?, ?) AS m(id, score) ON m.id = " + alias + ".id",
                        matches.found.ids(), matches.found.scores());
    }

    /** A hit's highlight: its text with the words this search found marked. */
    public Highlight highlight(String text) {
        return text == null ? null : Highlights.matching(text, query.matchedWords(text));
    }
}
