package org.partnermatch.matching.core;

/**
 * The outcome of the hard constraints: {@link #ELIGIBLE}, or the first constraint an offering breaks. The checks run
 * cheapest first, in the order of the constants below, so when several constraints fail the earliest is reported.
 */
public enum Eligibility {
    ELIGIBLE("Eligible"),
    ORGANIZATION_NOT_APPROVED("The organization is not approved by the district"),
    OFFERING_INACTIVE("The offering is not active"),
    NO_CAPACITY("The offering has no capacity left"),
    DECLINED_RECENTLY("The organization declined or cancelled a request for this need recently"),
    GRADES_DISJOINT("The offering serves none of the requested grades"),
    CATEGORY_MISMATCH("None of the offering's categories fits the need's category (a related category counts only "
            + "with words or a language other than English in common)"),
    OUTSIDE_SERVICE_AREA("The school is outside the organization's in-person service area");

    private final String reason;

    Eligibility(String reason) {
        this.reason = reason;
    }

    public boolean isEligible() {
        return this == ELIGIBLE;
    }

    /** A short sentence explaining "why not". */
    public String reason() {
        return reason;
    }
}
