package org.partnermatch.matching.core;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * The hard constraints, as one policy list: an offering may serve a need only when it breaks none of them. They are
 * checked in the order of the constants below (cheapest first), and the first one broken is reported, so each
 * constant's rule may assume the ones above it hold. {@link #ELIGIBLE} is the outcome when none is broken.
 *
 * <p>{@link MatchScorer}'s scan tests the same rules from its pool's primitive arrays (an accelerator);
 * {@code MatchScorerPropertiesTest} holds the two to the same answers.
 */
public enum Eligibility {
    ELIGIBLE("Eligible",
            (n, c) -> false),
    /** A partner must be approved by the district. */
    ORGANIZATION_NOT_APPROVED("The organization is not approved by the district",
            (n, c) -> !c.approved()),
    OFFERING_INACTIVE("The offering is not active",
            (n, c) -> !c.active()),
    /** At least one place (student or school) left. */
    NO_CAPACITY("The offering has no capacity left",
            (n, c) -> c.capacityRemaining() <= 0),
    /** The organization declined or cancelled a request for this need within the decline memory. */
    DECLINED_RECENTLY("The organization declined or cancelled a request for this need recently",
            (n, c) -> n.declinedBy(c.organization().id())),
    GRADES_DISJOINT("The offering serves none of the requested grades",
            (n, c) -> c.gradeLow() > n.gradeHigh() || c.gradeHigh() < n.gradeLow()),
    /** See {@link #categoryFits}. */
    CATEGORY_MISMATCH("None of the offering's categories fits the need's category (a related category counts only "
            + "with words or a language other than English in common)",
            (n, c) -> !categoryFits(FactorFormulas.bestRelation(n, c), n, c)),
    /**
     * In person or hybrid only where the school lies in the organization's service area: within its radius of its
     * location (haversine), or in one of its service regions. With neither, an organization serves nowhere in person.
     */
    OUTSIDE_SERVICE_AREA("The school is outside the organization's in-person service area",
            (n, c) -> c.modality().needsPresence() && !inServiceArea(n, c, FactorFormulas.kmBetween(n, c)));

    /** The policy list, in checking order (immutable: a static array would be shared mutable state). */
    private static final List<Eligibility> RULES = List.of(values());

    private final String reason;
    private final BiPredicate<PreparedNeed, MatchCandidate> broken;

    Eligibility(String reason, BiPredicate<PreparedNeed, MatchCandidate> broken) {
        this.reason = reason;
        this.broken = broken;
    }

    /** The first hard constraint the candidate breaks for the need, or {@link #ELIGIBLE}. Allocation-free. */
    static Eligibility of(PreparedNeed n, MatchCandidate c) {
        for (int i = 0; i < RULES.size(); i++) { // indexed: no iterator in the hot path
            if (RULES.get(i).breaks(n, c)) {
                return RULES.get(i);
            }
        }
        return ELIGIBLE;
    }

    /** Whether the candidate breaks this constraint (assuming it keeps the ones listed before it). */
    boolean breaks(PreparedNeed n, MatchCandidate c) {
        return broken.test(n, c);
    }

    public boolean isEligible() {
        return this == ELIGIBLE;
    }

    /** A short sentence explaining "why not". */
    public String reason() {
        return reason;
    }

    /**
     * Whether the category relation lets the offering serve the need: exact, parent or child always; a sibling only
     * with common ground — one of the need's key words, a requested language other than English that the offering
     * is given in or its staff speak, or a school home language its staff speak or whose community it serves. A
     * sibling with nothing specific in common is noise to a principal (and would multiply the candidates scored).
     */
    static boolean categoryFits(CategoryRelation relation, PreparedNeed n, MatchCandidate c) {
        return categoryFits(relation, n, c, textItFitsBy(relation, n, c));
    }

    /**
     * The pair's text factor ({@link FactorFormulas#text}) when {@link #categoryFits} is decided by it (a sibling);
     * NaN for every other relation, whose fit reads no text.
     */
    static double textItFitsBy(CategoryRelation relation, PreparedNeed n, MatchCandidate c) {
        return relation == CategoryRelation.SIBLING ? FactorFormulas.text(n, c) : Double.NaN;
    }

    /**
     * {@link #categoryFits(CategoryRelation, PreparedNeed, MatchCandidate)} with the pair's text factor ({@link
     * FactorFormulas#text}) already worked out for a sibling (read for no other relation): the scan passes on to the
     * total the value it decided with, instead of looking up the need's words twice.
     */
    static boolean categoryFits(CategoryRelation relation, PreparedNeed n, MatchCandidate c, double text) {
        return switch (relation) {
            case EXACT, PARENT_OR_CHILD -> true;
            // without key words the text factor is a neutral score, not words in common
            case SIBLING -> (n.termWeightSum() > 0 && text > 0) || commonLanguage(n, c);
            case NONE -> false;
        };
    }

    /**
     * A requested language other than English that the offering is given in or its staff speak, or a school home
     * language its staff speak or whose community it serves.
     */
    private static boolean commonLanguage(PreparedNeed n, MatchCandidate c) {
        for (long lang : n.otherLanguageKeys()) {
            if (c.speaks(lang)) {
                return true;
            }
        }
        for (long lang : n.homeLanguageKeys()) {
            if (c.shares(lang)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the school is in the organization's service regions or within its radius ({@code km} may be NaN). */
    static boolean inServiceArea(PreparedNeed n, MatchCandidate c, double km) {
        return c.servesRegion(n.regionLower()) || (c.radiusKm() > 0 && km <= c.radiusKm());
    }
}
