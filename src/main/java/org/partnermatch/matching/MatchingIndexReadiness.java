package org.partnermatch.matching;

import org.partnermatch.common.ChangeFeed;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.partnermatch.matching.CandidateIndex.Snapshot;

/**
 * A replica is ready only while its matching index is loaded <em>and</em> its change feed is live. Before the first
 * load every match would be empty; once the feed has failed (lost its connection, or failed to load or apply), it
 * has missed notifications and the index may be stale until the feed has reconnected and reloaded everything, and a
 * feed whose thread has ended never catches up. In each case a load balancer should send principals elsewhere, so
 * the check is DOWN, with a {@code reason}.
 *
 * <p>Reconnecting counts as not ready on purpose, even though a brief reconnect after a database blip is normal:
 * the check cannot tell a blip that missed nothing from one that missed a suspension, and the index is only known
 * to be current again after the reload. Riding out blips is the probe's job, not this check's: the Kubernetes
 * readinessProbe takes a replica out only after 3 failures 5 s apart, longer than a reconnect (2 s) and a reload.
 */
@Readiness
@ApplicationScoped
public class MatchingIndexReadiness implements HealthCheck {

    static final String NAME = "Matching index";

    private final MatchingService matching;

    public MatchingIndexReadiness(MatchingService matching) {
        this.matching = matching;
    }

    @Override
    public HealthCheckResponse call() {
        return status(matching.snapshot(), matching.feedStatus());
    }

    static HealthCheckResponse status(Snapshot snapshot, ChangeFeed.Status feed) {
        boolean loaded = snapshot.version() > 0;
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(loaded && feed.live())
                .withData("version", snapshot.version())
                .withData("offerings", snapshot.offerings().size())
                .withData("openNeeds", snapshot.openNeeds().size());
        ChangeFeed.report(feed, response);
        if (feed.live() && !loaded) {
            response.withData("reason", "the matching index has not loaded");
        }
        return response.build();
    }
}
