package org.partnermatch.matching.core;

/**
 * The need index: one documented number, 0 to 100, summarising a school's equity profile. Higher means the school's
 * students face more barriers, and matching and allocation give the school more weight.
 *
 * <pre>
 * needIndex = 100 × ( 0.45 · FRL share
 *                   + 0.30 · min(EL share / 0.45, 1)
 *                   + 0.10 · (Title I ? 1 : 0)
 *                   + 0.15 · quality term )
 *
 * FRL share     = free/reduced-lunch percent / 100
 * EL share      = English-learner percent / 100; saturates at 45%, the share above which a school's
 *                 English-learner services are already stretched as far as they go
 * quality term  = (5 − qualityRank) / 4 for rank 1 (highest support tier) .. 5, i.e. 1, 0.75, 0.5, 0.25, 0;
 *                 0.5 (the middle) when the district has not ranked the school
 * </pre>
 * The result is rounded to one decimal. Examples: a Title I school with 90% FRL, 45% EL and rank 1 scores 95.5; a
 * school with 10% FRL, 2% EL, not Title I, rank 5 scores 5.8.
 */
public final class NeedIndex {

    public static final double FRL_WEIGHT = 0.45;
    public static final double EL_WEIGHT = 0.30;
    public static final double TITLE_I_WEIGHT = 0.10;
    public static final double QUALITY_WEIGHT = 0.15;
    /** EL share at which the English-learner term reaches its maximum. */
    public static final double EL_SATURATION = 0.45;
    /** Quality term used when a school has no district quality rank. */
    public static final double UNKNOWN_QUALITY_TERM = 0.5;

    private NeedIndex() {
    }

    /**
     * @param frlPercent  free/reduced-lunch eligible share, 0–100
     * @param ellPercent  English-learner share, 0–100
     * @param titleI      whether the school receives Title I funds
     * @param qualityRank district support tier 1 (highest support) .. 5, or null when unknown
     * @return the need index, 0–100, rounded to one decimal
     * @throws IllegalArgumentException when a percentage lies outside 0–100 or the rank outside 1–5 (the database
     *     constraints already rule both out)
     */
    public static double of(double frlPercent, double ellPercent, boolean titleI, Integer qualityRank) {
        Normalize.requirePercent(frlPercent, "FRL percent");
        Normalize.requirePercent(ellPercent, "EL percent");
        requireRank(qualityRank);
        double frl = frlPercent / 100.0;
        double el = Math.min(ellPercent / 100.0 / EL_SATURATION, 1.0);
        double quality = qualityRank == null ? UNKNOWN_QUALITY_TERM : (5 - qualityRank) / 4.0;
        double raw = 100.0 * (FRL_WEIGHT * frl + EL_WEIGHT * el + TITLE_I_WEIGHT * (titleI ? 1 : 0)
                + QUALITY_WEIGHT * quality);
        return Math.round(raw * 10.0) / 10.0;
    }

    /** The need index of a school profile. */
    public static double of(SchoolProfile school) {
        return of(school.frlPercent(), school.ellPercent(), school.titleI(), school.qualityRank());
    }

    static Integer requireRank(Integer qualityRank) {
        if (qualityRank != null && (qualityRank < 1 || qualityRank > 5)) {
            throw new IllegalArgumentException("quality rank must be 1..5 or unknown, was " + qualityRank);
        }
        return qualityRank;
    }
}
