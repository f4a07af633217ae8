package org.partnermatch.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits that keep one caller from hurting the others. */
@ConfigMapping(prefix = "partnermatch.limits")
public interface AbuseLimits {

    /** Largest request body accepted, in bytes; larger ones get 413. */
    @WithDefault("262144")
    long maxBodyBytes();

    /**
     * Largest body of the endpoints that read their body as a stream ({@link #STREAMED_BODY_PATHS}: the HSDS
     * import), in bytes: 50 MiB; larger ones get 413. {@code quarkus.http.limits.max-body-size} must be at least this.
     */
    @WithDefault("52428800")
    long maxStreamedBodyBytes();

    /** POST paths that read their body as a stream, so memory stays flat whatever the body's size. */
    java.util.Set<String> STREAMED_BODY_PATHS = java.util.Set.of("/api/v1/imports/hsds");

    /** Per-caller write rate limit (POST, PUT, PATCH, DELETE): 120 a minute, bursts of 30. */
    RateLimit writes();

    /** Per-caller read rate limit (GET, HEAD, OPTIONS): generous, against scrapers and runaway scripts. */
    ReadLimit reads();

    interface RateLimit extends Limit {
        /** Switch the limit off entirely (e.g. behind a gateway that limits already). */
        @Override
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per minute per caller (token subject, or client address when anonymous). */
        @Override
        @WithDefault("120")
        int perMinute();

        /** Requests a caller may burst above the sustained rate. */
        @Override
        @WithDefault("30")
        int burst();
    }

    /** The same three settings with a read's defaults: 1,200 a minute, bursts of 300. */
    interface ReadLimit extends Limit {
        @Override
        @WithDefault("true")
        boolean enabled();

        @Override
        @WithDefault("1200")
        int perMinute();

        @Override
        @WithDefault("300")
        int burst();
    }

    /** A token bucket per caller. */
    interface Limit {
        boolean enabled();

        int perMinute();

        int burst();
    }
}
