package org.partnermatch.school;

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

/** A school of the district with its equity profile. Holds no individual student data. */
@Entity
@Table(name = "school")
public class School {

    @Id
    public UUID id;

    public String name;

    @Column(name = "grade_low")
    public short gradeLow;

    @Column(name = "grade_high")
    public short gradeHigh;

    public String street;
    public String city;
    public String state;

    @Column(name = "postal_code")
    public String postalCode;

    public double latitude;
    public double longitude;

    /** Whether the coordinates were given or are the centre of the ZIP code. */
    @Enumerated(EnumType.STRING)
    @Column(name = "location_precision")
    public LocationPrecision locationPrecision = LocationPrecision.exact;

    public String region;
    public int enrollment;

    @Column(name = "title_i")
    public boolean titleI;

    @Column(name = "frl_percent")
    public BigDecimal frlPercent;

    @Column(name = "ell_percent")
    public BigDecimal ellPercent;

    @Column(name = "home_languages")
    public String[] homeLanguages;

    @Column(name = "quality_rank")
    public Short qualityRank;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
