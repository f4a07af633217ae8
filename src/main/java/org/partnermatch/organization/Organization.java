package org.partnermatch.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.partnermatch.vocabulary.LocationPrecision;
import org.partnermatch.vocabulary.VettingStatus;

/** A community-based organization (CBO) and its district vetting status. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    public UUID id;

    public String name;
    public String description;
    /** The description in other languages (ISO 639 code → text), entered by the organization's staff. */
    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.CollectionTable(name = "organization_description_translation", joinColumns = @jakarta.persistence.JoinColumn(name = "organization_id"))
    @jakarta.persistence.MapKeyColumn(name = "language")
    @jakarta.persistence.Column(name = "description")
    @org.hibernate.annotations.BatchSize(size = 100)
    public java.util.Map<String, String> descriptionTranslations = new java.util.TreeMap<>();
    public String website;

    @Column(name = "contact_name")
    public String contactName;

    public String email;
    public String phone;
    public String street;
    public String city;
    public String state;

    @Column(name = "postal_code")
    public String postalCode;

    public Double latitude;
    public Double longitude;

    /** Whether the coordinates were given or are the centre of the ZIP code; exact when there are none. */
    @Enumerated(EnumType.STRING)
    @Column(name = "location_precision")
    public LocationPrecision locationPrecision = LocationPrecision.exact;

    @Column(name = "service_radius_km")
    public BigDecimal serviceRadiusKm;

    @Column(name = "service_regions")
    public String[] serviceRegions;

    @Column(name = "staff_languages")
    public String[] staffLanguages;

    @Column(name = "communities_served")
    public String[] communitiesServed;

    /** Self-declared leadership identity names (see {@link org.partnermatch.vocabulary.Leadership}). */
    public String[] leadership;

    @Enumerated(EnumType.STRING)
    @Column(name = "vetting_status")
    public VettingStatus vettingStatus;

    @Column(name = "vetting_note")
    public String vettingNote;

    @Column(name = "vetted_at")
    public Instant vettedAt;

    /** The HSDS publisher this organization was imported from (the import's source), with {@link #externalId}. */
    @Column(name = "external_source")
    public String externalSource;

    /** The id the publisher gave it; a re-import from the same source updates this organization. */
    @Column(name = "external_id")
    public String externalId;

    /** When someone of the organization (or the district) last confirmed this listing is still correct. */
    @Column(name = "last_verified_at")
    public Instant lastVerifiedAt;

    /** Who confirmed it (the caller's subject); null for imports and rows older than verification. */
    @Column(name = "last_verified_by")
    public String lastVerifiedBy;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
