package org.partnermatch.matching.core;

import java.util.Collection;
import java.util.List;

/**
 * An immutable snapshot of prepared candidates laid out for fast scanning. The hard constraints that can be decided
 * without the candidate object (open, grades, categories, radius) are kept in parallel primitive arrays that the
 * scan reads sequentially; category codes are interned and compared by reference. A candidate's object is only
 * read for the pairs that survive them, to check service regions and to compute the factors.
 *
 * <p>The matching feature's candidate index holds one and swaps in a new snapshot when offerings or organizations
 * change. {@link MatchScorer#eligibility} on single pairs gives the same answers (a property test holds the two
 * paths together).
 */
public final class CandidatePool {

    private static final CandidatePool EMPTY = new CandidatePool(List.of());

    private final MatchCandidate[] candidates;
    private final boolean[] open;
    private final int[] gradeLow;
    private final int[] gradeHigh;
    private final long[] categoryBits;
    /** Candidate i's interned category codes are {@code categoryCodes[categoryStart[i] .. categoryStart[i+1])}. */
    private final int[] categoryStart;
    private final String[] categoryCodes;
    private final boolean[] needsPresence;
    private final double[] latRad;
    private final double[] lonRad;
    private final double[] cosLat;
    private final double[] radiusKm;

    private CandidatePool(Collection<MatchCandidate> in) {
        this.candidates = in.toArray(new MatchCandidate[0]);
        int n = candidates.length;
        this.open = new boolean[n];
        this.gradeLow = new int[n];
        this.gradeHigh = new int[n];
        this.categoryBits = new long[n];
        this.categoryStart = new int[n + 1];
        this.needsPresence = new boolean[n];
        this.latRad = new double[n];
        this.lonRad = new double[n];
        this.cosLat = new double[n];
        this.radiusKm = new double[n];
        int codes = 0;
        for (MatchCandidate c : candidates) {
            codes += c.categoryArray().length;
        }
        this.categoryCodes = new String[codes];
        int at = 0;
        for (int i = 0; i < n; i++) {
            MatchCandidate c = candidates[i];
            open[i] = c.open();
            gradeLow[i] = c.gradeLow();
            gradeHigh[i] = c.gradeHigh();
            categoryBits[i] = c.categoryBits();
            categoryStart[i] = at;
            for (String code : c.categoryArray()) {
                categoryCodes[at++] = code;
            }
            needsPresence[i] = c.modality().needsPresence();
            latRad[i] = c.latRad();
            lonRad[i] = c.lonRad();
            cosLat[i] = c.cosLat();
            radiusKm[i] = c.radiusKm();
        }
        categoryStart[n] = at;
    }

    /** A pool of the given candidates, in their iteration order. */
    public static CandidatePool of(Collection<MatchCandidate> candidates) {
        for (MatchCandidate c : candidates) {
            if (c == null) {
                throw new IllegalArgumentException("candidate pool must not contain null");
            }
        }
        return candidates.isEmpty() ? EMPTY : new CandidatePool(candidates);
    }

    public static CandidatePool empty() {
        return EMPTY;
    }

    public int size() {
        return candidates.length;
    }

    /** The candidates, in pool order. */
    public List<MatchCandidate> candidates() {
        return List.of(candidates);
    }

    MatchCandidate candidate(int i) {
        return candidates[i];
    }

    boolean open(int i) {
        return open[i];
    }

    /** Grade overlap and a possible category match (no false negatives), from primitive arrays only. */
    boolean mayServe(int i, int needLow, int needHigh, long needBits) {
        return gradeLow[i] <= needHigh && gradeHigh[i] >= needLow && (categoryBits[i] & needBits) != 0;
    }

    /** The best relation of candidate i's categories to the need's, comparing interned codes by reference. */
    CategoryRelation bestRelation(int i, PreparedNeed need) {
        CategoryRelation best = CategoryRelation.NONE;
        for (int j = categoryStart[i], end = categoryStart[i + 1]; j < end; j++) {
            CategoryRelation r = need.categoryRelationInterned(categoryCodes[j]);
            if (r == CategoryRelation.EXACT) {
                return r;
            }
            if (r.betterThan(best)) {
                best = r;
            }
        }
        return best;
    }

    boolean needsPresence(int i) {
        return needsPresence[i];
    }

    /** Kilometres from candidate i's organization to the need's school, NaN when the organization has no location. */
    double kmTo(int i, PreparedNeed need) {
        if (Double.isNaN(latRad[i])) {
            return Double.NaN;
        }
        return Haversine.kmRadians(latRad[i], lonRad[i], cosLat[i], need.latRad(), need.lonRad(), need.cosLat());
    }

    /** Whether the school lies within candidate i's radius (the region alternative needs the candidate object). */
    boolean withinRadius(int i, double km) {
        return radiusKm[i] > 0 && km <= radiusKm[i];
    }
}
