package org.partnermatch.matching.core;

/**
 * The category factor's score for each relation between an offering's category and the need's: exact is always 1,
 * unrelated never matches. The defaults ({@link #defaults()}): parent or child 0.5, sibling 0.25. With the default
 * category weight (3 of 16) a sibling starts about 0.14 below an exact match, which shared languages (weight 2)
 * and community fit (1.5) can make up; a sibling score of 0 keeps siblings only as a last resort.
 *
 * @param parentOrChild score when one category is the other's parent, 0..1
 * @param sibling       score for two children of one parent, 0..parentOrChild
 */
public record CategoryScores(double parentOrChild, double sibling) {

    private static final CategoryScores DEFAULTS = new CategoryScores(CategoryRelation.PARENT_OR_CHILD.specificity(),
            CategoryRelation.SIBLING.specificity());

    /** @throws IllegalArgumentException naming the setting when a score is outside 0..1 or sibling > parent */
    public CategoryScores {
        if (!(parentOrChild >= 0 && parentOrChild <= 1)) {
            throw new IllegalArgumentException("category parent-or-child score must be between 0 and 1, was "
                    + parentOrChild);
        }
        if (!(sibling >= 0 && sibling <= parentOrChild)) {
            throw new IllegalArgumentException("category sibling score must be between 0 and the parent-or-child "
                    + "score " + parentOrChild + ", was " + sibling);
        }
    }

    public static CategoryScores defaults() {
        return DEFAULTS;
    }

    /** The category factor for a relation. */
    public double score(CategoryRelation relation) {
        return switch (relation) {
            case EXACT -> 1.0;
            case PARENT_OR_CHILD -> parentOrChild;
            case SIBLING -> sibling;
            case NONE -> 0.0;
        };
    }
}
