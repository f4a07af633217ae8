package org.partnermatch.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One outcome a partnership's two parties agreed (measure, target, unit), and its result once recorded. */
@Entity
@Table(name = "partnership_outcome")
public class PartnershipOutcome {

    @Id
    public UUID id;

    @Column(name = "partnership_id")
    public UUID partnershipId;

    /** 1.. in the order the parties listed them. */
    public short position;

    public String measure;

    public int target;

    public String unit;

    /** The count reached; null until recorded. */
    public Integer result;

    /** Met when the result reaches the target; null while no result is recorded. */
    public Boolean met() {
        return result == null ? null : result >= target;
    }
}
