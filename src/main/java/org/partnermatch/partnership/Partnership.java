package org.partnermatch.partnership;

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
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.vocabulary.PartnershipState;

/** A school's request to an offering, and the partnership it becomes. */
@Entity
@Table(name = "partnership")
public class Partnership {

    @Id
    public UUID id;

    @Column(name = "school_id")
    public UUID schoolId;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "offering_id")
    public UUID offeringId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partnership_need", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "need_id")
    public Set<UUID> needIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    public PartnershipState state;

    public String message;

    @Column(name = "students_to_serve")
    public int studentsToServe;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** Offering capacity this partnership holds (0 unless accepted, active or completed). */
    @Column(name = "capacity_held")
    public int capacityHeld;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** school, partner or district. */
    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "responded_at")
    public Instant respondedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** When it was declined, cancelled or expired. */
    @Column(name = "closed_at")
    public Instant closedAt;

    /** The principal who approved it (their name), and when: required before it may start. */
    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    /** Students served and sessions held, as either side last recorded them (aggregates only). */
    @Column(name = "students_served")
    public Integer studentsServed;

    @Column(name = "sessions_held")
    public Integer sessionsHeld;

    @Column(name = "actuals_recorded_at")
    public Instant actualsRecordedAt;

    @Version
    public long version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
