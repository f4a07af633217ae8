package org.partnermatch.matching.core;

import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.Modality;

/**
 * The soft factors' formulas, each 0..1 and allocation-free, and the two measures of a pair they and the hard
 * constraints share (the best category relation, the distance). {@link MatchFactor} says which formula is which
 * factor's; {@link MatchScorer}'s scan calls them directly. In words:
 * <dl>
 *   <dt>category</dt><dd>exact 1.0, parent or child 0.5, sibling 0.25 (configurable, see {@link CategoryScores})</dd>
 *   <dt>text</dt><dd>the need's key words (title words count double) found in the offering's name (credit 1.0),
 *       its description (0.8), or the organization's description or communities served (0.6), as a weighted share
 *       of all key words; 0.5 when the need has no key words. See {@link Terms} for tokenising and stemming.</dd>
 *   <dt>grades</dt><dd>share of the need's grades the offering covers</dd>
 *   <dt>languages</dt><dd>share of the requested languages the offering is given in or its staff speak; 1.0 when
 *       none are requested</dd>
 *   <dt>timing</dt><dd>share of the requested times the offering runs at; 1.0 when the need says any time; 0.5
 *       when the offering lists no times (flexible)</dd>
 *   <dt>distance</dt><dd>virtual 1.0; in person {@code max(0.1, 1 − km / radius)}, i.e. 1 at 0 km, 0.5 at half the
 *       radius, at least 0.1 anywhere in the service area (a region-only organization is measured against a
 *       {@value #DEFAULT_REFERENCE_KM} km reference radius; 0.5 when it has no location); hybrid is half virtual:
 *       {@code 0.5 + 0.5 × in-person score}</dd>
 *   <dt>cost</dt><dd>free 1.0, sliding scale 0.7, fee 0.3; at a school known not to be Title I and known to have FRL
 *       under {@value #COST_RELIEF_FRL_BELOW}% cost is less of a barrier, so the score moves halfway to 1 (0.85,
 *       0.65); unknown figures never earn that relief</dd>
 *   <dt>capacity</dt><dd>students: {@code min(1, capacityRemaining / studentsAffected)} (1.0 when the need counts no
 *       students); schools: 1.0 (eligibility already demands one place left)</dd>
 *   <dt>cultural_fit</dt><dd>base = share of the school's home languages other than English that the staff speak
 *       or whose community the organization names among communities served (Somali ↔ "Somali", "East African";
 *       see the curated list in CommunityWords), 0.5 when the school lists none; then a leadership bonus b moves it
 *       towards 1: {@code fit = base + (1 − base) × b}, with b = 0.1 + 0.3 × needIndex / 100 for Black-, BIPOC-,
 *       immigrant/refugee-, Latinx-, Native- or Asian/Pacific Islander-led organizations (so it counts more at
 *       high-need schools), 0.1 for other self-declared leadership, 0 otherwise</dd>
 *   <dt>track_record</dt><dd>Bayesian average of ratings, see {@link TrackRecord#score()}; unrated 0.625</dd>
 *   <dt>priority</dt><dd>{@link org.partnermatch.vocabulary.Priority#weight()} of the need</dd>
 *   <dt>responsiveness</dt><dd>mean of the smoothed acceptance rate and the answer speed, see
 *       {@link Responsiveness#score()}; no requests yet 0.65</dd>
 * </dl>
 */
final class FactorFormulas {

    /** Below this FRL percent (and without Title I) cost weighs less. */
    static final double COST_RELIEF_FRL_BELOW = 40.0;
    static final double FREE_SCORE = 1.0;
    static final double SLIDING_SCALE_SCORE = 0.7;
    static final double FEE_SCORE = 0.3;
    static final double FLEXIBLE_TIMING_SCORE = 0.5;
    static final double NO_KEY_WORDS_SCORE = 0.5;
    static final double UNKNOWN_DISTANCE_SCORE = 0.5;
    static final double DISTANCE_FLOOR = 0.1;
    /** Radius against which distance is judged for an organization that serves by region only. */
    static final double DEFAULT_REFERENCE_KM = 15.0;
    static final double NEUTRAL_CULTURAL_BASE = 0.5;
    static final double LEADERSHIP_BONUS = 0.1;
    static final double COMMUNITY_LEADERSHIP_EQUITY_BONUS = 0.3;

    private FactorFormulas() {
    }

    /** The best relation between the need's category and any of the offering's. Allocation-free. */
    static CategoryRelation bestRelation(PreparedNeed n, MatchCandidate c) {
        if ((c.categoryBits() & n.matchBits()) == 0) {
            return CategoryRelation.NONE; // no category shares even a bit: the common case, decided in one AND
        }
        CategoryRelation best = CategoryRelation.NONE;
        String[] categories = c.categoryArray();
        int[] hashes = c.categoryHashes();
        for (int i = 0; i < categories.length; i++) {
            CategoryRelation r = n.categoryRelation(categories[i], hashes[i]);
            if (r == CategoryRelation.EXACT) {
                return r;
            }
            if (r.betterThan(best)) {
                best = r;
            }
        }
        return best;
    }

    /** Distance from the organization to the school in km, NaN when the organization has no location. */
    static double kmBetween(PreparedNeed n, MatchCandidate c) {
        if (!c.hasLocation()) {
            return Double.NaN;
        }
        return Haversine.kmRadians(c.latRad(), c.lonRad(), c.cosLat(), n.latRad(), n.lonRad(), n.cosLat());
    }

    static double text(PreparedNeed n, MatchCandidate c) {
        double total = n.termWeightSum();
        if (total <= 0) {
            return NO_KEY_WORDS_SCORE;
        }
        long signature = c.termSignature();
        if ((signature & n.termSignature()) == 0) {
            return 0.0; // none of the need's words can be among the candidate's: the usual case, one AND
        }
        // the need's words and the candidate's entries are both sorted by key: each need word whose signature bit the
        // candidate has is searched for from where the word before it was (galloping, so a word a few entries on costs
        // a few probes), summed in key order (the order the explained text factor sums in, so both give the same total)
        long[] needKeys = n.termKeys();
        long[] bits = n.termKeyBits();
        double[] weights = n.termKeyWeights();
        long[] entries = c.terms();
        long keyMask = -(1L << MatchCandidate.TERM_FLAG_BITS);
        double found = 0;
        int at = 0;
        for (int i = 0; i < needKeys.length; i++) {
            if ((signature & bits[i]) == 0) {
                continue;
            }
            at = firstAtLeast(entries, at, needKeys[i]);
            if (at == entries.length) {
                break; // every entry is below this word, so below the words after it too
            }
            if ((entries[at] & keyMask) == needKeys[i]) {
                found += weights[i] * MatchCandidate.credit(entries[at]);
            }
        }
        return Math.min(1.0, found / total);
    }

    /**
     * Index of the first entry ≥ key in a sorted array at or after {@code from} (its length when none), every entry
     * before {@code from} being below the key: probes at from, from + 1, from + 3, from + 7 … until one is not below
     * it, then a binary search between the last two probes. An entry is a key with flag bits in its low bits, so the
     * entry for a (masked) key, if any, is the first one at or above it.
     */
    static int firstAtLeast(long[] sorted, int from, long key) {
        int n = sorted.length;
        int low = from;
        int high = from;
        int step = 1;
        while (high < n && sorted[high] < key) {
            low = high + 1;
            high += step;
            step <<= 1;
        }
        if (high > n) {
            high = n;
        }
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    static double grades(PreparedNeed n, MatchCandidate c) {
        int covered = Grades.overlap(n.gradeLow(), n.gradeHigh(), c.gradeLow(), c.gradeHigh());
        return (double) covered / n.gradeCount();
    }

    static double languages(PreparedNeed n, MatchCandidate c) {
        long[] requested = n.languageKeys();
        if (requested.length == 0) {
            return 1.0;
        }
        int spoken = 0;
        for (long lang : requested) {
            if (c.speaks(lang)) {
                spoken++;
            }
        }
        return (double) spoken / requested.length;
    }

    static double timing(PreparedNeed n, MatchCandidate c) {
        if (n.timingCount() == 0) {
            return 1.0;
        }
        if (c.timingCount() == 0) {
            return FLEXIBLE_TIMING_SCORE;
        }
        return (double) Integer.bitCount(n.timingMask() & c.timingMask()) / n.timingCount();
    }

    /**
     * @param km       distance in km, NaN when unknown
     * @param radiusKm the organization's service radius, 0 when it has none
     */
    static double distance(Modality modality, double km, double radiusKm) {
        if (modality == Modality.virtual) {
            return 1.0;
        }
        double inPerson;
        if (Double.isNaN(km)) {
            inPerson = UNKNOWN_DISTANCE_SCORE;
        } else {
            double reference = radiusKm > 0 ? radiusKm : DEFAULT_REFERENCE_KM;
            inPerson = Math.max(DISTANCE_FLOOR, Math.min(1.0, 1.0 - km / reference));
        }
        return modality == Modality.hybrid ? 0.5 + 0.5 * inPerson : inPerson;
    }

    static double baseCost(Cost cost) {
        return switch (cost) {
            case free -> FREE_SCORE;
            case sliding_scale -> SLIDING_SCALE_SCORE;
            case fee -> FEE_SCORE;
        };
    }

    static double cost(Cost cost, boolean costMattersLess) {
        double base = baseCost(cost);
        return costMattersLess ? base + (1.0 - base) / 2.0 : base;
    }

    static double capacity(CapacityUnit unit, int remaining, int studentsAffected) {
        if (remaining <= 0) {
            return 0.0;
        }
        if (unit == CapacityUnit.schools || studentsAffected <= 0) {
            return 1.0;
        }
        return Math.min(1.0, (double) remaining / studentsAffected);
    }

    static double culturalFit(PreparedNeed n, MatchCandidate c) {
        long[] home = n.homeLanguageKeys();
        double base;
        if (home.length == 0) {
            base = NEUTRAL_CULTURAL_BASE;
        } else {
            int shared = 0;
            for (long lang : home) {
                if (c.shares(lang)) {
                    shared++;
                }
            }
            base = (double) shared / home.length;
        }
        double bonus = leadershipBonus(c, n.needIndex());
        return Math.min(1.0, base + (1.0 - base) * bonus);
    }

    static double leadershipBonus(MatchCandidate c, double needIndex) {
        if (c.communityLed()) {
            return LEADERSHIP_BONUS + COMMUNITY_LEADERSHIP_EQUITY_BONUS * needIndex / 100.0;
        }
        return c.anyLeadership() ? LEADERSHIP_BONUS : 0.0;
    }
}
