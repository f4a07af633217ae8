package org.partnermatch.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rate limits that keep one caller from hurting the others (request sizes: {@link RequestLimits}). */
@ConfigMapping(prefix = "partnermatch.limits")
public interface AbuseLimits {

    /** Most bytes of a CSV file to import ({@code /api/v1/imports/...}): 16 MiB, read whole, 20,000 rows at most. */
    @WithDefault("16M")
    io.quarkus.runtime.configuration.MemorySize importSize();

    /**
     * Most bytes of a body read as a stream ({@link #STREAMED_BODY_PATHS}: the HSDS import): 50 MiB, memory stays
     * flat whatever the size. {@code quarkus.http.limits.max-body-size} must be at least this.
     */
    @WithDefault("50M")
    io.quarkus.runtime.configuration.MemorySize streamedSize();

    /** POST paths that read their body as a stream, so memory stays flat whatever the body's size. */
    java.util.Set<String> STREAMED_BODY_PATHS = java.util.Set.of("/api/v1/imports/hsds");

    /** Per-caller write rate limit (POST, PUT, PATCH, DELETE): 120 a minute, bursts of 30. */
    RateLimit writes();

    /** Per-caller read rate limit (GET, HEAD, OPTIONS): generous, against scrapers and runaway scripts. */
    ReadLimit reads();

    /**
     * Most bytes of a request body, except files to import (those are capped by Quarkus's own
     * {@code quarkus.http.limits.max-body-size}, the larger). Enforced by {@link RequestLimits}.
     */
    @WithDefault("256K")
    io.quarkus.runtime.configuration.MemorySize bodySize();

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
