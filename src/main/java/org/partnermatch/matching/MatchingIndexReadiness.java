package org.partnermatch.matching;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.partnermatch.matching.CandidateIndex.Snapshot;

/**
 * A replica is ready only once its matching index has loaded: before that, every match would be empty, and a load
 * balancer should send principals to a replica that can answer them.
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
        return status(matching.snapshot());
    }

    static HealthCheckResponse status(Snapshot snapshot) {
        boolean loaded = snapshot.version() > 0;
        return HealthCheckResponse.named(NAME).status(loaded)
                .withData("version", snapshot.version())
                .withData("offerings", snapshot.offerings().size())
                .withData("openNeeds", snapshot.openNeeds().size())
                .build();
    }
}
