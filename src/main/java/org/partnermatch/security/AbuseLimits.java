package org.partnermatch.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits that keep one caller from hurting the others. */
@ConfigMapping(prefix = "partnermatch.limits")
public interface AbuseLimits {

    /** Largest request body accepted, in bytes; larger ones get 413. */
    @WithDefault("262144")
    long maxBodyBytes();

    /** Per-caller write rate limit (POST, PUT, PATCH, DELETE). */
    RateLimit writes();

    interface RateLimit {
        /** Switch the limit off entirely (e.g. behind a gateway that limits already). */
        @WithDefault("true")
        boolean enabled();

        /** Sustained writes per minute per caller (token subject, or client address when anonymous). */
        @WithDefault("120")
        int perMinute();

        /** Writes a caller may burst above the sustained rate. */
        @WithDefault("30")
        int burst();
    }
}
