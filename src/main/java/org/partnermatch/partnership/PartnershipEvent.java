package org.partnermatch.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.partnermatch.vocabulary.PartnershipState;

/** One state change of a partnership; append-only. */
@Entity
@Table(name = "partnership_event")
public class PartnershipEvent {

    @Id
    public UUID id;

    @Column(name = "partnership_id")
    public UUID partnershipId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public PartnershipState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public PartnershipState toState;

    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    public String note;
}
