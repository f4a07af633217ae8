package org.partnermatch.matching.core;

/**
 * How an offering's category relates to a need's category in the two-level taxonomy, best first: the declaration
 * order is the preference order ({@link #betterThan}).
 */
public enum CategoryRelation {
    /** The same category. */
    EXACT(1.0),
    /**
     * One is the other's parent: a need for "math" and an offering in "academic", or a need for "academic" and an
     * offering in "math".
     */
    PARENT_OR_CHILD(0.5),
    /**
     * Different children of one parent ("homework-help" and "tutoring"): a weaker candidate, which text, language
     * and community fit can still lift above a weak exact match.
     */
    SIBLING(0.25),
    /** Unrelated: never a match. */
    NONE(0.0);

    private final double specificity;

    CategoryRelation(double specificity) {
        this.specificity = specificity;
    }

    /** Whether this relation lets an offering serve a need (a hard constraint): anything but {@link #NONE}. */
    public boolean isMatch() {
        return this != NONE;
    }

    /** Whether this relation is preferred to another (exact over parent or child over sibling over none). */
    public boolean betterThan(CategoryRelation other) {
        return ordinal() < other.ordinal();
    }

    /**
     * The default category-factor score: 1 exact, 0.5 parent or child, 0.25 sibling, 0 none. A scorer may use
     * other grades ({@link CategoryScores}).
     */
    public double specificity() {
        return specificity;
    }
}
