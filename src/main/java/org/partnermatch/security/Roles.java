package org.partnermatch.security;

/**
 * The roles endpoints are declared for. A service token's {@code groups} claim carries district, principal or
 * partner; a signed-in person's roles follow from their memberships (see {@link Memberships#roles()}), and every
 * signed-in person is a {@link #USER}, who may register an organization and accept invitations.
 */
public final class Roles {

    public static final String DISTRICT = "district";
    public static final String PRINCIPAL = "principal";
    public static final String PARTNER = "partner";
    /** A person signed in with the district's provider, with or without memberships. */
    public static final String USER = "user";

    public static final String SCHOOL_CLAIM = "school_id";
    public static final String ORGANIZATION_CLAIM = "organization_id";

    private Roles() {
    }
}
