package org.partnermatch.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.partnermatch.vocabulary.OnboardingKind;

/** An onboarding item district staff track for an organization (agreement, insurance, checks) with its expiry. */
@Entity
@Table(name = "onboarding_item")
public class OnboardingItem {

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    public OnboardingKind kind;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    public String note;

    /** The school year the document covers ("2026-27"); always set for the data-sharing agreement. */
    @Column(name = "school_year")
    public String schoolYear;

    @Version
    public long version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
