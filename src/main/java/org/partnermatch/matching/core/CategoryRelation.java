package org.partnermatch.matching.core;

/** How an offering's category relates to a need's category in the two-level taxonomy. */
public enum CategoryRelation {
    /** The same category. */
    EXACT(1.0),
    /**
     * One is the other's parent: a need for "math" and an offering in "academic", or a need for "academic" and an
     * offering in "math".
     */
    PARENT_OR_CHILD(0.5),
    /** Different children of one parent ("math" and "reading"): not a match, kept apart for explanations. */
    SIBLING(0.0),
    /** Unrelated. */
    NONE(0.0);

    private final double specificity;

    CategoryRelation(double specificity) {
        this.specificity = specificity;
    }

    /** Whether this relation lets an offering serve a need (a hard constraint). */
    public boolean isMatch() {
        return this == EXACT || this == PARENT_OR_CHILD;
    }

    /** The category-specificity factor: 1 for exact, 0.5 for parent or child, 0 otherwise. */
    public double specificity() {
        return specificity;
    }
}
