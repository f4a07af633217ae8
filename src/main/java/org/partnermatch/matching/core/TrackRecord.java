package org.partnermatch.matching.core;

/**
 * A partner's ratings so far (1–5 stars each), as count and sum so the repository can aggregate in SQL.
 *
 * @param ratingCount number of ratings, ≥ 0
 * @param ratingSum   sum of the ratings, between 1 × count and 5 × count
 */
public record TrackRecord(int ratingCount, double ratingSum) {

    /** Lowest and highest rating. */
    public static final double MIN_RATING = 1.0;
    public static final double MAX_RATING = 5.0;
    /** Prior mean of the Bayesian average: a new partner is assumed to be a little better than middling. */
    public static final double PRIOR_MEAN = 3.5;
    /** Prior weight: how many ratings the prior counts as. */
    public static final double PRIOR_WEIGHT = 5.0;

    private static final TrackRecord NONE = new TrackRecord(0, 0);

    public TrackRecord {
        if (ratingCount < 0) {
            throw new IllegalArgumentException("rating count must be >= 0, was " + ratingCount);
        }
        if (!(ratingSum >= MIN_RATING * ratingCount - 1e-9 && ratingSum <= MAX_RATING * ratingCount + 1e-9)) {
            throw new IllegalArgumentException("rating sum " + ratingSum + " is impossible for " + ratingCount
                    + " ratings of " + (int) MIN_RATING + " to " + (int) MAX_RATING);
        }
    }

    /** No ratings yet. */
    public static TrackRecord none() {
        return NONE;
    }

    /** Plain average rating, or NaN without ratings. */
    public double average() {
        return ratingCount == 0 ? Double.NaN : ratingSum / ratingCount;
    }

    /**
     * Bayesian smoothed average on the 1–5 scale: (C·m + sum) / (C + n) with prior mean m = 3.5 and prior weight
     * C = 5. With no ratings it is the prior, so new partners are neither rewarded nor punished; every rating
     * moves it a little.
     */
    public double smoothedAverage() {
        return (PRIOR_WEIGHT * PRIOR_MEAN + ratingSum) / (PRIOR_WEIGHT + ratingCount);
    }

    /** The track-record factor: the smoothed average mapped from 1..5 to 0..1 (0.625 for an unrated partner). */
    public double score() {
        double s = (smoothedAverage() - MIN_RATING) / (MAX_RATING - MIN_RATING);
        return Math.max(0.0, Math.min(1.0, s));
    }
}
