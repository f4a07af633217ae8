package org.partnermatch.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A power a person holds: district staff, staff of a school, or staff of an organization. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Enumerated(EnumType.STRING)
    public MembershipScope scope;

    @Column(name = "school_id")
    public UUID schoolId;

    @Column(name = "organization_id")
    public UUID organizationId;

    public String role;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    /** The school's or organization's id; null for the district. */
    public UUID scopeId() {
        return schoolId != null ? schoolId : organizationId;
    }
}
