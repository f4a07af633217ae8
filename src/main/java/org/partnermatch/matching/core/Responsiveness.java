package org.partnermatch.matching.core;

/**
 * How an organization has answered schools' requests so far: how many it accepted of those it decided or let expire,
 * and how long its answers usually took.
 *
 * @param decided             requests accepted, declined or left to expire, ≥ 0
 * @param accepted            of those, accepted, between 0 and {@code decided}
 * @param medianResponseHours median time from request to answer over the answered ones; NaN when none was answered
 */
public record Responsiveness(int decided, int accepted, double medianResponseHours) {

    /** Prior acceptance rate and how many requests it counts as: a new partner is assumed fairly responsive. */
    public static final double PRIOR_RATE = 0.7;
    public static final double PRIOR_WEIGHT = 3.0;
    /** Answers within this many days score full speed; speed falls linearly to 0 at {@link #SLOW_DAYS}. */
    public static final double FAST_DAYS = 2.0;
    public static final double SLOW_DAYS = 14.0;
    /** Speed assumed before any answer. */
    public static final double UNKNOWN_SPEED = 0.6;

    private static final Responsiveness NONE = new Responsiveness(0, 0, Double.NaN);

    public Responsiveness {
        if (decided < 0 || accepted < 0 || accepted > decided) {
            throw new IllegalArgumentException("accepted " + accepted + " of " + decided
                    + " decided requests is impossible");
        }
        if (!Double.isNaN(medianResponseHours) && !(medianResponseHours >= 0)) {
            throw new IllegalArgumentException("median response hours must be >= 0, was " + medianResponseHours);
        }
    }

    /** No requests answered or expired yet. */
    public static Responsiveness none() {
        return NONE;
    }

    /** Smoothed acceptance rate: (accepted + 3 × 0.7) / (decided + 3). */
    public double acceptanceRate() {
        return (accepted + PRIOR_WEIGHT * PRIOR_RATE) / (decided + PRIOR_WEIGHT);
    }

    /** 1 for answers within 2 days, falling to 0 at 14 days; 0.6 before any answer. */
    public double speed() {
        if (Double.isNaN(medianResponseHours)) {
            return UNKNOWN_SPEED;
        }
        double days = medianResponseHours / 24.0;
        return Math.max(0.0, Math.min(1.0, (SLOW_DAYS - days) / (SLOW_DAYS - FAST_DAYS)));
    }

    /**
     * The responsiveness factor: the mean of the smoothed acceptance rate and the speed. A partner with no requests
     * yet scores 0.65, so new partners are neither rewarded nor punished much.
     */
    public double score() {
        return (acceptanceRate() + speed()) / 2.0;
    }

    /** Whole days the median answer took, at least 1 ("within a day"). */
    public int usualDays() {
        return Math.max(1, (int) Math.ceil(medianResponseHours / 24.0 - 1e-9));
    }
}
