package org.partnermatch.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.partnermatch.common.ChangeFeed;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * A replica is ready only while its search index is loaded and its change feed is live: before the first load a
 * search with text cannot run, and a feed that lost its connection may have missed changes until it has reloaded.
 * DOWN with a {@code reason} otherwise; the index's size and memory, how its last load went and the feed's state are
 * reported either way.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    static final String NAME = "Search index";

    private final SearchEngine engine;

    public SearchIndexReadiness(SearchEngine engine) {
        this.engine = engine;
    }

    @Override
    public HealthCheckResponse call() {
        SearchIndex index = engine.index();
        boolean loaded = index.ready();
        ChangeFeed.Status feed = engine.feedStatus();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(loaded && feed.live())
                .withData("documents", index.documents())
                .withData("memoryKb", index.memoryBytes() / 1024);
        SearchIndex.Load load = index.lastLoad();
        if (load != null) {
            // how the last load went: from the saved copy (its records restored, or every row read), and how much of
            // it had to be analysed again
            response.withData("loadedFromSavedCopy", load.fromSavedCopy())
                    .withData("loadRestoredRecords", load.restored()).withData("loadMs", load.millis())
                    .withData("loadAnalysed", load.analysed());
        }
        ChangeFeed.report(feed, response);
        if (feed.live() && !loaded) {
            response.withData("reason", "the search index has not loaded");
        }
        return response.build();
    }
}
