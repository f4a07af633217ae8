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
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1_000_000_000.0));
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
