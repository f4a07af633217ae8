package org.partnermatch.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;

/** How long a listing stays current without being confirmed (docs/listings.md). */
@ConfigMapping(prefix = "partnermatch.listings")
public interface ListingsConfig {

    /** A listing not confirmed for this long is stale: its organization is asked to confirm or update it. */
    @WithDefault("P180D")
    Duration verifyEvery();

    /** How long after becoming stale a listing is overdue: flagged to the district as unanswered. */
    @WithDefault("P30D")
    Duration grace();

    /**
     * How long after asking an organization to confirm its stale listings it is reminded, if still nothing is
     * confirmed (and again as often, up to {@link #reminders()} times).
     */
    @WithDefault("P14D")
    Duration remindEvery();

    /** How many reminders follow the first request to confirm (0: none). */
    @WithDefault("2")
    int reminders();

    /** How many problem reports one person (a signed-in caller, else one client address) may send an hour. */
    @WithDefault("5")
    int reportsPerHour();

    /** Listings last confirmed before this instant are stale. */
    default Instant staleBefore(Instant now) {
        return now.minus(verifyEvery());
    }

    /** Listings last confirmed before this instant are overdue. */
    default Instant overdueBefore(Instant now) {
        return now.minus(verifyEvery()).minus(grace());
    }
}
