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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;
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

    /** Null (with longitude) while nobody knows where the school is: a directory row with a name and grades only. */
    public Double latitude;
    public Double longitude;
    /** Whether the coordinates were given or are the centre of the ZIP code. */
    @Enumerated(EnumType.STRING)
    @Column(name = "location_precision")
    public LocationPrecision locationPrecision = LocationPrecision.exact;

    /** One of the district's regions (see the region feature); null when not known (none given, none derived). */
    public String region;

    /** The equity figures below are null when not known: never read unknown as zero. */
    public Integer enrollment;

    @Column(name = "title_i")
    public Boolean titleI;

    @Column(name = "frl_percent")
    public BigDecimal frlPercent;

    @Column(name = "ell_percent")
    public BigDecimal ellPercent;

    /** Null when not known; empty when the source reports none. */
    @Column(name = "home_languages")
    public String[] homeLanguages;

    @Column(name = "quality_rank")
    public Short qualityRank;

    /** The NCES school id, 12 digits; null when not known. */
    @Column(name = "nces_id")
    public String ncesId;

    /** The state's school code; null when not known. */
    @Column(name = "state_code")
    public String stateCode;

    /** The type as the district's list names it ("Elementary", "Middle School", "K-8", ...). */
    @Column(name = "school_type")
    public String schoolType;

    /** Where each equity figure came from: figure name → {source, schoolYear, recordedAt}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "equity_sources")
    public Map<String, Map<String, String>> equitySources = new LinkedHashMap<>();

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
