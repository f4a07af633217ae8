package org.partnermatch.security;

import java.util.Set;
import java.util.UUID;

/**
 * What a caller may act for: district staff, the schools it is staff of, the organizations it is staff of (and which
 * of those it owns). For a person signed in with the district's provider this comes from PartnerMatch's memberships
 * (package account, attached to the identity as {@link #ATTRIBUTE}); for a district-issued service token it comes
 * from the token's claims ({@code groups}, {@code school_id}, {@code organization_id}).
 *
 * @param userId  the PartnerMatch account, or null for a service token
 * @param email   the account's verified e-mail address, or null
 */
public record Memberships(UUID userId, String email, boolean district, Set<UUID> schools, Set<UUID> organizations,
                          Set<UUID> ownedOrganizations) {

    /** The identity attribute that carries an account's memberships. */
    public static final String ATTRIBUTE = "partnermatch.memberships";

    public static final Memberships NONE = new Memberships(null, null, false, Set.of(), Set.of(), Set.of());

    public Memberships {
        schools = Set.copyOf(schools);
        organizations = Set.copyOf(organizations);
        ownedOrganizations = Set.copyOf(ownedOrganizations);
    }

    /** A signed-in person with a PartnerMatch account (as opposed to a service token). */
    public boolean account() {
        return userId != null;
    }

    /** The roles these memberships grant, as the endpoints' {@code @RolesAllowed} name them. */
    public Set<String> roles() {
        var roles = new java.util.HashSet<String>();
        if (account()) {
            roles.add(Roles.USER);
        }
        if (district) {
            roles.add(Roles.DISTRICT);
        }
        if (!schools.isEmpty()) {
            roles.add(Roles.PRINCIPAL);
        }
        if (!organizations.isEmpty()) {
            roles.add(Roles.PARTNER);
        }
        return roles;
    }
}
