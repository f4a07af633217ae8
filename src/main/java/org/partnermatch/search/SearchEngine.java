package org.partnermatch.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * This replica's search index and the feed that keeps it current (see {@link SearchIndex}, {@link SearchFeed}):
 * loaded at start, closed at shutdown. The offering and organization searches ask it which records a text finds.
 */
@ApplicationScoped
public class SearchEngine {

    private static final Logger LOG = Logger.getLogger(SearchEngine.class);
    /** The longest a write waits for its change to be searchable on its own replica. */
    static final Duration FRESHNESS_WAIT = Duration.ofSeconds(2);

    private final SearchIndex index;
    private final SearchFeed feed;

    public SearchEngine(AgroalDataSource dataSource) {
        this.index = new SearchIndex(dataSource);
        this.feed = new SearchFeed(dataSource, index, Duration.ofSeconds(1));
    }

    void onStart(@Observes StartupEvent event) throws InterruptedException {
        feed.start();
        if (!feed.awaitFirstLoad(Duration.ofSeconds(60))) {
            LOG.warn("The search index is still loading; searches with text fail until it is in");
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        feed.close();
        index.close();
    }

    /** What {@code text} looks for, read against the index's vocabulary and the synonym list. */
    public SearchQuery query(SearchText text) {
        return index.query(text);
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

    public boolean live() {
        return feed.live();
    }

    public SearchIndex index() {
        return index;
    }
}
