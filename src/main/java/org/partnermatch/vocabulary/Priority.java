package org.partnermatch.vocabulary;

/** How pressing a stated need is, as the school judges it. */
public enum Priority {
    low(0.25), medium(0.5), high(0.75), urgent(1.0);

    private final double weight;

    Priority(double weight) {
        this.weight = weight;
    }

    /** The priority as a 0–1 factor used by matching and allocation. */
    public double weight() {
        return weight;
    }
}
