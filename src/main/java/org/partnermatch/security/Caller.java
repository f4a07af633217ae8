package org.partnermatch.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.partnermatch.common.ProblemException;

/**
 * Who is calling, from the verified bearer token: the role, and the school or organization the token ties the
 * caller to. Services ask it for object-level decisions; anonymous callers are a caller too.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
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

    /** The role for the audit trail: district wins over the others when a token carries several. */
    public String role() {
        if (anonymous()) {
            return "anonymous";
        }
        return district() ? Roles.DISTRICT : principal() ? Roles.PRINCIPAL : partner() ? Roles.PARTNER : "none";
    }

    /** The token's subject, or "anonymous". Never the token itself. */
    public String subject() {
        if (anonymous()) {
            return "anonymous";
        }
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public Optional<UUID> schoolId() {
        return principal() ? uuidClaim(Roles.SCHOOL_CLAIM) : Optional.empty();
    }

    public Optional<UUID> organizationId() {
        return partner() ? uuidClaim(Roles.ORGANIZATION_CLAIM) : Optional.empty();
    }

    public boolean isPrincipalOf(UUID schoolId) {
        return schoolId != null && schoolId().map(schoolId::equals).orElse(false);
    }

    public boolean isPartnerOf(UUID organizationId) {
        return organizationId != null && organizationId().map(organizationId::equals).orElse(false);
    }

    /** District staff, or the principal of this school. */
    public boolean mayManageSchool(UUID schoolId) {
        return district() || isPrincipalOf(schoolId);
    }

    /** District staff, or staff of this organization. */
    public boolean mayManageOrganization(UUID organizationId) {
        return district() || isPartnerOf(organizationId);
    }

    public void requireSchool(UUID schoolId) {
        if (!mayManageSchool(schoolId)) {
            throw ProblemException.forbidden("Only district staff or this school's principal may do this.");
        }
    }

    public void requireOrganization(UUID organizationId) {
        if (!mayManageOrganization(organizationId)) {
            throw ProblemException.forbidden("Only district staff or this organization's staff may do this.");
        }
    }

    private Optional<UUID> uuidClaim(String name) {
        Object value = token.getClaim(name);
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
