package org.partnermatch.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An invitation to a membership, for one e-mail address: single use, expiring, revocable. */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    public UUID id;

    /** SHA-256 (hex) of the token in the invitation link; the token itself is never stored. */
    @Column(name = "token_hash", updatable = false)
    public String tokenHash;

    public String email;

    @Enumerated(EnumType.STRING)
    public MembershipScope scope;

    @Column(name = "school_id")
    public UUID schoolId;

    @Column(name = "organization_id")
    public UUID organizationId;

    public String role;

    @Column(name = "invited_by", updatable = false)
    public String invitedBy;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_by")
    public UUID acceptedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public UUID scopeId() {
        return schoolId != null ? schoolId : organizationId;
    }

    /** pending, accepted, revoked or expired, as of {@code now}. */
    public String state(Instant now) {
        if (acceptedAt != null) {
            return "accepted";
        }
        if (revokedAt != null) {
            return "revoked";
        }
        return now.isBefore(expiresAt) ? "pending" : "expired";
    }
}
