package org.partnermatch.offering;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Modality;

/** A service an organization offers to schools, with the capacity it has per term. */
@Entity
@Table(name = "offering")
public class Offering {

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    public String name;
    public String description;
    /** The description in other languages (ISO 639 code → text), entered by the organization's staff. */
    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.CollectionTable(name = "offering_description_translation", joinColumns = @jakarta.persistence.JoinColumn(name = "offering_id"))
    @jakarta.persistence.MapKeyColumn(name = "language")
    @jakarta.persistence.Column(name = "description")
    @org.hibernate.annotations.BatchSize(size = 100)
    public java.util.Map<String, String> descriptionTranslations = new java.util.TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "offering_category", joinColumns = @JoinColumn(name = "offering_id"))
    @Column(name = "category_code")
    public Set<String> categories = new LinkedHashSet<>();

    @Column(name = "grade_low")
    public short gradeLow;

    @Column(name = "grade_high")
    public short gradeHigh;

    public String[] timings;

    @Enumerated(EnumType.STRING)
    public Modality modality;

    public String[] languages;

    @Enumerated(EnumType.STRING)
    public Cost cost;

    public int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "capacity_unit")
    public CapacityUnit capacityUnit;

    @Column(name = "capacity_used")
    public int capacityUsed;

    public boolean active;

    /** The HSDS publisher this offering was imported from (the import's source), with {@link #externalId}. */
    @Column(name = "external_source")
    public String externalSource;

    /** The HSDS service id the publisher gave it; a re-import from the same source updates this offering. */
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
