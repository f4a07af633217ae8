package org.partnermatch.matching.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Timing;

/**
 * One service an organization offers, as matching sees it.
 *
 * @param id                offering id
 * @param organizationId    the organization offering it
 * @param name              display name; its words count most in text relevance
 * @param description       free text, nullable
 * @param categories        taxonomy codes (lower-cased here)
 * @param gradeLow          lowest grade served (PK = -1, K = 0 .. 12)
 * @param gradeHigh         highest grade served
 * @param timings           when it runs; empty means not stated (treated as flexible)
 * @param modality          in person, virtual or hybrid
 * @param languages         ISO 639 codes it is delivered in (lower-cased here)
 * @param cost              free, sliding scale or fee
 * @param capacityUnit      whether capacity counts students or schools
 * @param capacityRemaining capacity left this term (may be ≤ 0 when full)
 * @param active            offered at all right now
 * @param lastVerifiedAt    when its organization last confirmed the listing is correct; null when not known (never
 *                          counted as overdue)
 */
public record OfferingProfile(
        UUID id,
        UUID organizationId,
        String name,
        String description,
        Set<String> categories,
        int gradeLow,
        int gradeHigh,
        Set<Timing> timings,
        Modality modality,
        Set<String> languages,
        Cost cost,
        CapacityUnit capacityUnit,
        int capacityRemaining,
        boolean active,
        Instant lastVerifiedAt) {

    /** An offering whose last confirmation is not known. */
    public OfferingProfile(UUID id, UUID organizationId, String name, String description, Set<String> categories,
            int gradeLow, int gradeHigh, Set<Timing> timings, Modality modality, Set<String> languages, Cost cost,
            CapacityUnit capacityUnit, int capacityRemaining, boolean active) {
        this(id, organizationId, name, description, categories, gradeLow, gradeHigh, timings, modality, languages,
                cost, capacityUnit, capacityRemaining, active, null);
    }

    public OfferingProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        name = name == null ? "" : name;
        categories = Normalize.codes(categories);
        Grades.requireRange(gradeLow, gradeHigh, "offering");
        timings = Normalize.enums(timings, Timing.class);
        Objects.requireNonNull(modality, "modality");
        languages = Normalize.codes(languages);
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(capacityUnit, "capacityUnit");
    }
}
