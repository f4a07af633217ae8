package org.partnermatch.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.partnermatch.common.ProblemException;

/**
 * Who is calling: a person signed in with the district's provider (powers from their PartnerMatch memberships), a
 * district-issued service token (powers from its claims), or nobody. Services ask it for object-level decisions;
 * anonymous callers are a caller too.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private Memberships memberships;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean anonymous() {
        return identity.isAnonymous();
    }

    public boolean district() {
        return identity.hasRole(Roles.DISTRICT);
    }

    public boolean principal() {
        return identity.hasRole(Roles.PRINCIPAL);
    }

    public boolean partner() {
        return identity.hasRole(Roles.PARTNER);
    }

    /** A person with a PartnerMatch account (signed in with the district's provider), not a service token. */
    public boolean account() {
        return memberships().account();
    }

    public Optional<UUID> userId() {
        return Optional.ofNullable(memberships().userId());
    }

    /** The role for the audit trail: district wins over the others when a caller holds several. */
    public String role() {
        if (anonymous()) {
            return "anonymous";
        }
        if (district()) {
            return Roles.DISTRICT;
        }
        if (principal()) {
            return Roles.PRINCIPAL;
        }
        if (partner()) {
            return Roles.PARTNER;
        }
        return account() ? Roles.USER : "none";
    }

    /** "user:{id}" for an account, the token's subject for a service token, or "anonymous". Never the token. */
    public String subject() {
        if (anonymous()) {
            return "anonymous";
        }
        if (account()) {
            return "user:" + memberships().userId();
        }
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public Memberships memberships() {
        if (memberships == null) {
            memberships = resolve();
        }
        return memberships;
    }

    /** The schools this caller is staff of. */
    public Set<UUID> schoolIds() {
        return memberships().schools();
    }

    /** The organizations this caller is staff of. */
    public Set<UUID> organizationIds() {
        return memberships().organizations();
    }

    /** The school, when the caller is staff of exactly one. */
    public Optional<UUID> schoolId() {
        return only(schoolIds());
    }

    /** The organization, when the caller is staff of exactly one. */
    public Optional<UUID> organizationId() {
        return only(organizationIds());
    }

    /** The organization a service token names in its {@code organization_id} claim (never an account's). */
    public Optional<UUID> claimedOrganizationId() {
        return account() || !partner() ? Optional.empty() : uuidClaim(Roles.ORGANIZATION_CLAIM);
    }

    public boolean isPrincipalOf(UUID schoolId) {
        return schoolId != null && schoolIds().contains(schoolId);
    }

    public boolean isPartnerOf(UUID organizationId) {
        return organizationId != null && organizationIds().contains(organizationId);
    }

    /** An owner of the organization (a service token for it counts as one). */
    public boolean isOwnerOf(UUID organizationId) {
        return organizationId != null && memberships().ownedOrganizations().contains(organizationId);
    }

    /** District staff, or staff of this school. */
    public boolean mayManageSchool(UUID schoolId) {
        return district() || isPrincipalOf(schoolId);
    }

    /** District staff, or staff of this organization. */
    public boolean mayManageOrganization(UUID organizationId) {
        return district() || isPartnerOf(organizationId);
    }

    public void requireSchool(UUID schoolId) {
        if (!mayManageSchool(schoolId)) {
            throw ProblemException.forbidden("Only district staff or this school's principal and staff may do this.");
        }
    }

    public void requireOrganization(UUID organizationId) {
        if (!mayManageOrganization(organizationId)) {
            throw ProblemException.forbidden("Only district staff or this organization's staff may do this.");
        }
    }

    private Memberships resolve() {
        if (identity.isAnonymous()) {
            return Memberships.NONE;
        }
        Memberships attached = identity.getAttribute(Memberships.ATTRIBUTE);
        if (attached != null) {
            return attached;
        }
        // A service token: its claims are the contract (groups, school_id, organization_id).
        Set<UUID> schools = principal() ? uuidClaim(Roles.SCHOOL_CLAIM).map(Set::of).orElse(Set.of()) : Set.of();
        Set<UUID> organizations = partner() ? uuidClaim(Roles.ORGANIZATION_CLAIM).map(Set::of).orElse(Set.of())
                : Set.of();
        return new Memberships(null, null, district(), schools, organizations, organizations);
    }

    private static Optional<UUID> only(Set<UUID> ids) {
        return ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
    }

    /** A claim of the verified token (the identity's principal: smallrye-jwt's and quarkus-oidc's are both JWTs). */
    private Optional<UUID> uuidClaim(String name) {
        Object value = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(name) : null;
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().replace("\"", "");
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
