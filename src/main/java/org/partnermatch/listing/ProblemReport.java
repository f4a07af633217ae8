package org.partnermatch.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.partnermatch.vocabulary.ProblemKind;
import org.partnermatch.vocabulary.ProblemResolution;

/** A problem someone saw in an organization's or offering's listing, open until its staff or the district resolve it. */
@Entity
@Table(name = "problem_report")
public class ProblemReport {

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    /** The offering the problem is about; null when it is about the organization's profile. */
    @Column(name = "offering_id")
    public UUID offeringId;

    @Enumerated(EnumType.STRING)
    public ProblemKind kind;

    public String message;

    /** Where to reply, if the reporter gave it (district staff only see it). */
    @Column(name = "reporter_email")
    public String reporterEmail;

    /** The signed-in reporter's subject; null for an anonymous report. */
    @Column(name = "reported_by")
    public String reportedBy;

    /** open or resolved. */
    public String state;

    @Enumerated(EnumType.STRING)
    public ProblemResolution resolution;

    @Column(name = "resolution_note")
    public String resolutionNote;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    public boolean open() {
        return "open".equals(state);
    }
}
