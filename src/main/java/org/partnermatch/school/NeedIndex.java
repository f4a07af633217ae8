package org.partnermatch.school;

/**
 * The need index: one documented number, 0 to 100, summarising a school's equity profile. Higher means the school's
 * students face more barriers, and matching and allocation give the school more weight: they receive it with the
 * school's profile, computed here, where the equity figures live.
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
 *
 * <p>Figures may be unknown (a directory imported before the state's equity data). The index is then computed from
 * the parts that are known, each keeping its weight relative to the others (the sum is divided by the known
 * weights), and {@link Assessment#missing()} names the parts that are not. A school with none of FRL, EL and Title I
 * known has the neutral index {@value #UNKNOWN} — the middle of the scale, never zero and never the highest need —
 * whatever its quality rank, since the rank alone says too little.
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
    /** The index of a school whose FRL share, EL share and Title I status are all unknown. */
    public static final double UNKNOWN = 50.0;

    /** The names of the index's parts, as the API names the figures. */
    public static final String FRL = "freeReducedLunchPercent";
    public static final String EL = "englishLearnerPercent";
    public static final String TITLE_I = "titleI";
    public static final String QUALITY = "qualityRank";

    /**
     * A need index and the parts it could not use.
     *
     * @param value   0–100, one decimal
     * @param missing the unknown parts ({@link #FRL}, {@link #EL}, {@link #TITLE_I}, {@link #QUALITY}), in that order
     */
    public record Assessment(double value, java.util.List<String> missing) {

        public Assessment {
            missing = java.util.List.copyOf(missing);
        }

        /** Whether every part was known. */
        public boolean complete() {
            return missing.isEmpty();
        }
    }

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
        return assess(frlPercent, ellPercent, titleI, qualityRank).value();
    }

    /**
     * The need index from the figures that are known; null means unknown.
     *
     * @throws IllegalArgumentException when a known percentage lies outside 0–100 or the rank outside 1–5
     */
    public static Assessment assess(Double frlPercent, Double ellPercent, Boolean titleI, Integer qualityRank) {
        requireRank(qualityRank);
        java.util.List<String> missing = new java.util.ArrayList<>(4);
        double sum = 0;
        double weights = 0;
        if (frlPercent != null) {
            requirePercent(frlPercent, "FRL percent");
            sum += FRL_WEIGHT * frlPercent / 100.0;
            weights += FRL_WEIGHT;
        } else {
            missing.add(FRL);
        }
        if (ellPercent != null) {
            requirePercent(ellPercent, "EL percent");
            sum += EL_WEIGHT * Math.min(ellPercent / 100.0 / EL_SATURATION, 1.0);
            weights += EL_WEIGHT;
        } else {
            missing.add(EL);
        }
        if (titleI != null) {
            sum += TITLE_I_WEIGHT * (titleI ? 1 : 0);
            weights += TITLE_I_WEIGHT;
        } else {
            missing.add(TITLE_I);
        }
        if (qualityRank == null) {
            missing.add(QUALITY);
        }
        if (weights == 0) {
            return new Assessment(UNKNOWN, missing);
        }
        double quality = qualityRank == null ? UNKNOWN_QUALITY_TERM : (5 - qualityRank) / 4.0;
        double raw = 100.0 * (sum + QUALITY_WEIGHT * quality) / (weights + QUALITY_WEIGHT);
        return new Assessment(Math.round(raw * 10.0) / 10.0, missing);
    }

    private static void requirePercent(double value, String what) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(what + " must be 0..100, was " + value);
        }
    }

    static Integer requireRank(Integer qualityRank) {
        if (qualityRank != null && (qualityRank < 1 || qualityRank > 5)) {
            throw new IllegalArgumentException("quality rank must be 1..5 or unknown, was " + qualityRank);
        }
        return qualityRank;
    }
}
