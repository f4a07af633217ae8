package org.partnermatch.matching.core;

/**
 * Need index 0–100: 100 × (0.45·FRL share + 0.30·min(EL share / 0.45, 1) + 0.10·Title I + 0.15·(5 − rank)/4),
 * with the rank term 0.5 when the quality rank is unknown. Rounded to one decimal.
 */
public final class NeedIndex {

    private NeedIndex() {
    }

    public static double of(double frlPercent, double ellPercent, boolean titleI, Integer qualityRank) {
        double frl = clamp(frlPercent / 100.0);
        double ell = Math.min(clamp(ellPercent / 100.0) / 0.45, 1.0);
        double rank = qualityRank == null ? 0.5 : (5 - qualityRank) / 4.0;
        double value = 100 * (0.45 * frl + 0.30 * ell + 0.10 * (titleI ? 1 : 0) + 0.15 * rank);
        return Math.round(value * 10) / 10.0;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
