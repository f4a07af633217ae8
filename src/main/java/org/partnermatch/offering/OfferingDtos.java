package org.partnermatch.offering;

import org.partnermatch.common.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.LanguageCode;
import org.partnermatch.common.PlainText;
import org.partnermatch.common.Vocab;
import org.partnermatch.search.Highlight;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Timing;

/** Request and response records for offerings. */
public final class OfferingDtos {

    private OfferingDtos() {
    }

    @Schema(name = "OfferingRequest", description = "A service an organization offers. Capacity used is the server's.")
    @PlainText
    public record OfferingRequest(
            @Schema(examples = "After-school math club") @NotBlank @Size(max = 200) String name,
            @Schema(examples = "Small-group math tutoring with bilingual tutors, twice a week.") @Size(max = 4000) String description,
            @Schema(description = "Category codes from /api/v1/categories, most specific first.", examples = "[\"math\", \"homework-help\"]")
            @NotEmpty @Size(max = 5) List<@NotBlank @Size(max = 64, message = "must be a category code (at most 64 characters)") String> categories,
            @Schema(description = "Lowest grade served: PK = -1, K = 0, 1-12, AE (adult education) = 13; AE only with a household-level category.", examples = "6")
            @NotNull @Min(-1) @Max(13) Integer gradeLow,
            @Schema(description = "Highest grade served: PK = -1, K = 0, 1-12, AE (adult education) = 13; AE only with a household-level category.", examples = "8")
            @NotNull @Min(-1) @Max(13) Integer gradeHigh,
            @Schema(description = "When it runs; empty means flexible.", examples = "[\"after_school\"]")
            @Size(max = 6) List<@NotNull Timing> timings,
            @Schema(examples = "in_person") @NotNull Modality modality,
            @Schema(description = "Languages it is delivered in (ISO 639).", examples = "[\"en\", \"so\"]")
            @Size(max = 20) List<@NotNull @Size(max = 3, message = LanguageCode.MESSAGE) @LanguageCode String> languages,
            @Schema(examples = "free") @NotNull Cost cost,
            @Schema(description = "How many students (or schools) it can take this term.", examples = "60")
            @NotNull @Min(0) @Max(1000000) Integer capacity,
            @Schema(description = "What capacity counts (default students).", examples = "students") CapacityUnit capacityUnit,
            @Schema(description = "Offered now (default true).", examples = "true") Boolean active,
            @Schema(description = "The description in other languages, by ISO 639 code, written by the organization's "
                    + "staff; shown to readers of that language. Left out (null): the stored translations stay; {}: "
                    + "removes them all.", examples = "{\"es\": \"Tutoría de matemáticas en grupos pequeños con tutores bilingües, dos veces por semana.\"}")
            @Size(max = 12) Map<@NotNull @LanguageCode String, @NotBlank @Size(max = 4000) String> descriptionTranslations) {

        /** Without translations (they stay as stored): for callers that do not touch them. */
        public OfferingRequest(String name, String description, List<String> categories, Integer gradeLow,
                               Integer gradeHigh, List<Timing> timings, Modality modality, List<String> languages,
                               Cost cost, Integer capacity, CapacityUnit capacityUnit, Boolean active) {
            this(name, description, categories, gradeLow, gradeHigh, timings, modality, languages, cost, capacity,
                    capacityUnit, active, null);
        }

        /** The request that would leave this offering as it is (imports compare a record with it). */
        public static OfferingRequest from(Offering offering) {
            return new OfferingRequest(offering.name, offering.description, List.copyOf(offering.categories),
                    (int) offering.gradeLow, (int) offering.gradeHigh, Vocab.enums(offering.timings, Timing.class),
                    offering.modality, Vocab.list(offering.languages), offering.cost, offering.capacity,
                    offering.capacityUnit, offering.active, Map.copyOf(offering.descriptionTranslations));
        }

        /** This request as the service would store it (defaults applied, lists as sets): imports compare these. */
        public OfferingRequest normalized() {
            return new OfferingRequest(name == null ? null : name.trim(), description,
                    categories == null ? List.of() : categories.stream().distinct().toList(), gradeLow, gradeHigh,
                    timings == null ? List.of() : timings.stream().distinct().sorted().toList(), modality,
                    languages == null ? List.of() : languages.stream().distinct().toList(), cost, capacity,
                    capacityUnit == null ? CapacityUnit.students : capacityUnit, active == null || active,
                    null); // imports never carry translations (null leaves them as stored): not compared
        }
    }

    @Schema(name = "Offering")
    public record OfferingResponse(
            UUID id,
            UUID organizationId,
            String name,
            @Nullable String description,
            List<String> categories,
            int gradeLow,
            int gradeHigh,
            @Schema(examples = "6-8", description = "The range as people write it: 6-8, PK-K, AE, 9-AE.") String grades,
            List<Timing> timings,
            Modality modality,
            List<String> languages,
            Cost cost,
            int capacity,
            CapacityUnit capacityUnit,
            @Schema(description = "Taken by accepted partnerships.") int capacityUsed,
            int capacityRemaining,
            boolean active,
            long version,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "When the organization last confirmed this offering is still correct (on creation, "
                    + "an edit or a confirmation). Exported to HSDS as assured_date.") Instant lastVerifiedAt,
            @Schema(description = "Who confirmed it: an account (user:{id}) or a service; absent for imports and "
                    + "listings older than verification.", examples = "user:5d7c3f4e-0000-4000-8000-000000000001")
            @Nullable String lastVerifiedBy,
            @Schema(description = "Search with q only: how well the hit matches, 0 to 1 (higher is better).", examples = "0.2857")
            @Nullable Double score,
            @Schema(description = "Search with near or schoolId only: km from that point to the organization.", examples = "1.42")
            @Nullable Double distanceKm,
            @Schema(description = "Search with q only: the words that matched.") @Nullable Highlight highlight,
            @Schema(description = "The description in other languages, by ISO 639 code (empty when there are none; "
                    + "absent in search hits).", examples = "{\"es\": \"Tutoría de matemáticas en grupos pequeños con tutores bilingües, dos veces por semana.\"}")
            @Nullable Map<String, String> descriptionTranslations) {

        public static OfferingResponse from(Offering offering) {
            return of(offering, null, null, null, new java.util.TreeMap<>(offering.descriptionTranslations));
        }

        /** A search hit: the offering as found, with its score, distance and highlight; no translations. */
        public static OfferingResponse hit(Offering offering, Double score, Double distanceKm, Highlight highlight) {
            return of(offering, score, distanceKm, highlight, null);
        }

        private static OfferingResponse of(Offering offering, Double score, Double distanceKm, Highlight highlight,
                                           Map<String, String> translations) {
            return new OfferingResponse(offering.id, offering.organizationId, offering.name, offering.description,
                    List.copyOf(offering.categories), offering.gradeLow, offering.gradeHigh,
                    Grades.range(offering.gradeLow, offering.gradeHigh), Vocab.enums(offering.timings, Timing.class),
                    offering.modality, Vocab.list(offering.languages), offering.cost, offering.capacity,
                    offering.capacityUnit, offering.capacityUsed, offering.capacity - offering.capacityUsed,
                    offering.active, offering.version, offering.createdAt, offering.updatedAt, offering.lastVerifiedAt,
                    offering.lastVerifiedBy, score, distanceKm, highlight, translations);
        }
    }
}
