package org.partnermatch.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.partnermatch.vocabulary.PartySide;

/** One side's rating of a partnership (once per partnership and side). */
@Entity
@Table(name = "partnership_feedback")
public class PartnershipFeedback {

    @Id
    public UUID id;

    @Column(name = "partnership_id")
    public UUID partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_by")
    public PartySide givenBy;

    public short rating;

    public String comment;

    public String author;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
