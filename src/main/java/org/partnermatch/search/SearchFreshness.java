package org.partnermatch.search;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Read-your-writes for search: after a request that changed something (a successful POST, PUT, PATCH or DELETE,
 * whose transaction has committed by the time the response is filtered), the response waits until this replica's
 * search index holds the change, so the next search of the same client finds it. Other replicas pick it up from
 * the change feed within milliseconds. Costs a write one notification round trip (a few ms).
 */
@Provider
public class SearchFreshness implements ContainerResponseFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final SearchEngine engine;

    public SearchFreshness(SearchEngine engine) {
        this.engine = engine;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (WRITES.contains(request.getMethod()) && response.getStatus() < 300) {
            engine.awaitCurrent();
        }
    }
}
