package org.partnermatch.vocabulary;

/** What is wrong with a listing, as the person who reports it would say it. */
public enum ProblemKind {
    contact("The phone number, e-mail or address is wrong"),
    times("The days or times are wrong"),
    languages("The languages are wrong"),
    capacity("It is full, or its number of places is wrong"),
    description("The description is wrong or out of date"),
    closed("It has closed or no longer runs"),
    other("Something else");

    private final String label;

    ProblemKind(String label) {
        this.label = label;
    }

    /** The choice as a page shows it. */
    public String label() {
        return label;
    }
}
