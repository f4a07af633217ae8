package org.partnermatch.security;

/** The roles a token's {@code groups} claim may carry, and the claims that tie a caller to its school or CBO. */
public final class Roles {

    public static final String DISTRICT = "district";
    public static final String PRINCIPAL = "principal";
    public static final String PARTNER = "partner";

    public static final String SCHOOL_CLAIM = "school_id";
    public static final String ORGANIZATION_CLAIM = "organization_id";

    private Roles() {
    }
}
