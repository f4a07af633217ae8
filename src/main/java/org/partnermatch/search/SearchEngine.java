package org.partnermatch.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnermatch.common.ChangeFeed;
import org.partnermatch.common.EarlyLoadedIndex;
import org.partnermatch.common.ProblemException;
import org.partnermatch.taxonomy.TaxonomyService;

/**
 * This replica's search index and the feed that keeps it current (see {@link SearchIndex}, {@link ChangeFeed}):
 * loaded at start, closed at shutdown. The offering and organization searches ask it which records a text finds.
 */
@ApplicationScoped
public class SearchEngine implements EarlyLoadedIndex {

    /** The longest a write waits for its change to be searchable on its own replica. */
    static final Duration FRESHNESS_WAIT = Duration.ofSeconds(2);
    /** The longest a search waits for the index's first load. */
    static final Duration FIRST_LOAD_WAIT = Duration.ofSeconds(20);

    private final SearchIndex index;
    private final ChangeFeed feed;

    /** What texts found, by kind and text, for the index's current text generation. */
    private final TextCache<TextMatches> found;

    public SearchEngine(AgroalDataSource dataSource,
                        @ConfigProperty(name = "partnermatch.search.cached-texts", defaultValue = "256") int cacheEntries,
                        @ConfigProperty(name = "partnermatch.search.cached-hits", defaultValue = "1000000") long cacheHits,
                        @ConfigProperty(name = "partnermatch.search.saved-copy", defaultValue = "true") boolean savedCopy) {
        this.index = new SearchIndex(dataSource, savedCopy);
        this.feed = new ChangeFeed("search", dataSource, index, Duration.ofSeconds(1));
        this.found = new TextCache<>(cacheEntries, cacheHits, TextMatches::size);
    }

    /**
     * What {@code text} finds among offerings or organizations ({@code kind}), remembered until a document next
     * changes (a record whose text stays as it was, say a capacity taken, leaves it standing): a text searched again (the popular ones are searched again and again, by every visitor paging or
     * changing a filter) costs no index search. The filters, counts and page are worked out afresh every time.
     */
    public TextMatches matches(String kind, SearchText text) {
        awaitLoaded();
        long generation = index.textGeneration();
        String key = kind + ":" + text.plain();
        TextMatches cached = found.get(key, generation);
        if (cached != null) {
            return cached;
        }
        SearchQuery query = index.query(text);
        TextMatches matches = new TextMatches(query, index.find(kind, query));
        if (index.textGeneration() == generation) {
            found.put(key, generation, matches);
        }
        return matches;
    }

    /**
     * Starts loading the index (after the demo directory, which loads at an earlier start-up observer) without
     * holding up the start: readiness stays DOWN until it is in ({@link SearchIndexReadiness}), and a search with
     * text that arrives before then waits for it.
     */
    void onStart(@Observes StartupEvent event) {
        feed.start();
    }

    @Override
    public ChangeFeed changeFeed() {
        return feed;
    }

    void onStop(@Observes ShutdownEvent event) {
        feed.close();
        index.close();
    }

    /** What {@code text} looks for, read against the index's vocabulary and the synonym list. */
    public SearchQuery query(SearchText text) {
        awaitLoaded();
        return index.query(text);
    }

    /** The index, once loaded (waits for the first load as {@link #query} does). */
    public SearchIndex loadedIndex() {
        awaitLoaded();
        return index;
    }

    /** Waits for the first load (start-up only); 503 with Retry-After when it takes longer than a request should. */
    private void awaitLoaded() {
        if (index.ready()) {
            return;
        }
        try {
            if (feed.awaitFirstLoad(FIRST_LOAD_WAIT) && index.ready()) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ProblemException(503, "search-starting", "Search is starting",
                "The search index is still loading; try again in a few seconds.", java.util.List.of(), 5);
    }

    /**
     * What a search's filter on category {@code code} takes in: the category and, for a top-level one, its children,
     * from the taxonomy the index holds (so a search asks the database nothing but its page's rows); 400 naming
     * {@code field} when there is no such category.
     */
    public Set<String> category(String field, String code) {
        Set<String> codes = loadedIndex().categoryAndChildren(code);
        if (codes == null) {
            throw TaxonomyService.unknownCategory(field, code);
        }
        return codes;
    }

    /** The offerings {@code query} finds, with their scores. */
    public SearchIndex.Found offerings(SearchQuery query) {
        return index.find(SearchIndex.OFFERING, query);
    }

    /** The organizations {@code query} finds, with their scores. */
    public SearchIndex.Found organizations(SearchQuery query) {
        return index.find(SearchIndex.ORGANIZATION, query);
    }

    /** Waits (briefly) until every change committed so far is searchable on this replica. */
    public boolean awaitCurrent() {
        return feed.awaitCurrent(FRESHNESS_WAIT);
    }

    /** Whether the change feed keeps this replica's index current right now, and if not, why (for readiness). */
    public ChangeFeed.Status feedStatus() {
        return feed.status();
    }

    public SearchIndex index() {
        return index;
    }
}
