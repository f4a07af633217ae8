package org.partnermatch.security;

/**
 * A token bucket: {@code capacity} tokens, refilled continuously at {@code perSecond}. Thread-safe; time is passed
 * in so the rule can be tested without sleeping.
 */
public final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    public TokenBucket(double capacity, double perSecond, long nowNanos) {
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000.0;
        this.tokens = capacity;
        this.last = nowNanos;
    }

    /** Takes one token; returns 0 when allowed, otherwise the whole seconds to wait before one is available. */
    public synchronized long tryTake(long nowNanos) {
        return take(nowNanos).waitSeconds();
    }

    /**
     * What one request leaves: whether it may go ahead ({@code waitSeconds} 0, else the whole seconds until a token
     * is there), the whole tokens left, and the whole seconds until the bucket is full again.
     */
    public record Quota(long capacity, long waitSeconds, long remaining, long secondsToFull) {
    }

    /** Takes one token if there is one, and says what is left ({@link Quota}). */
    public synchronized Quota take(long nowNanos) {
        refill(nowNanos);
        long wait = 0;
        if (tokens >= 1) {
            tokens -= 1;
        } else {
            wait = Math.max(1, seconds(1 - tokens));
        }
        return new Quota((long) capacity, wait, (long) Math.floor(tokens), seconds(capacity - tokens));
    }

    private long seconds(double missingTokens) {
        // less a hair, so floating-point dust (10.000000000000002) does not round a whole second up
        return missingTokens <= 0 ? 0 : (long) Math.ceil(missingTokens / perNano / 1_000_000_000.0 - 1e-9);
    }

    /** True when the bucket is full again, so an idle caller's entry can be dropped. */
    public synchronized boolean idle(long nowNanos) {
        refill(nowNanos);
        return tokens >= capacity;
    }

    private void refill(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - last);
        tokens = Math.min(capacity, tokens + elapsed * perNano);
        last = nowNanos;
    }
}
