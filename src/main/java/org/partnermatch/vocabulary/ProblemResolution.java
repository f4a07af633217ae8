package org.partnermatch.vocabulary;

/** How a reported problem with a listing ended. */
public enum ProblemResolution {
    fixed("Fixed: the listing was corrected"),
    no_change("Checked: the listing was right"),
    dismissed("Dismissed: not a real problem (spam, a duplicate)");

    private final String label;

    ProblemResolution(String label) {
        this.label = label;
    }

    /** The choice as a page shows it. */
    public String label() {
        return label;
    }
}
