package org.partnermatch.search;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.partnermatch.common.ComputeSlots;

/**
 * Read-your-writes for search: after a request that changed something (a successful POST, PUT, PATCH or DELETE, or
 * a web form's post answered with a redirect; its transaction has committed by the time the response is filtered),
 * the response waits until this replica's search index holds the change, so the next search or page of the same
 * client shows it. Other replicas pick it up from the change feed within milliseconds. Costs a write one
 * notification round trip (a few ms), during which it holds no compute slot ({@link ComputeSlots}).
 */
@Provider
public class SearchFreshness implements ContainerResponseFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final SearchEngine engine;
    private final ComputeSlots slots;

    public SearchFreshness(SearchEngine engine, ComputeSlots slots) {
        this.engine = engine;
        this.slots = slots;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // 2xx, or 3xx: a web form's write answers with a redirect to the page that shows it
        if (WRITES.contains(request.getMethod()) && response.getStatus() < 400) {
            slots.done(request); // a wait, not work: the compute slot is another's meanwhile
            engine.awaitCurrent();
        }
    }
}
