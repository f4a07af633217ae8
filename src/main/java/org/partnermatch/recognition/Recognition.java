package org.partnermatch.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.partnermatch.vocabulary.RecognitionStatus;

/** A story nominating a partnership for recognition; public once district staff publish it. */
@Entity
@Table(name = "recognition")
public class Recognition {

    @Id
    public UUID id;

    @Column(name = "partnership_id")
    public UUID partnershipId;

    public String title;

    public String story;

    @Enumerated(EnumType.STRING)
    public RecognitionStatus status;

    @Column(name = "nominated_by")
    public String nominatedBy;

    @Column(name = "nominator_role")
    public String nominatorRole;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
