package org.partnermatch.need;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.partnermatch.vocabulary.NeedStatus;
import org.partnermatch.vocabulary.Priority;

/** A school's stated student need: an aggregate (counts, grades, languages), never individual students. */
@Entity
@Table(name = "need")
public class Need {

    @Id
    public UUID id;

    @Column(name = "school_id")
    public UUID schoolId;

    @Column(name = "category_code")
    public String categoryCode;

    public String title;
    public String description;

    @Column(name = "grade_low")
    public short gradeLow;

    @Column(name = "grade_high")
    public short gradeHigh;

    @Column(name = "students_affected")
    public int studentsAffected;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    /** Timing names (see {@link org.partnermatch.vocabulary.Timing}). */
    public String[] timings;

    public String[] languages;

    @Enumerated(EnumType.STRING)
    public NeedStatus status;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
