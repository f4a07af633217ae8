package org.partnermatch.need;

import org.partnermatch.common.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.LanguageCode;
import org.partnermatch.common.PlainText;
import org.partnermatch.common.Vocab;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.NeedStatus;
import org.partnermatch.vocabulary.Priority;
import org.partnermatch.vocabulary.Timing;

/** Request and response records for needs. */
public final class NeedDtos {

    private NeedDtos() {
    }

    @Schema(name = "NeedRequest", description = "A school's stated need, in aggregate. Never name individual students.")
    @PlainText
    public record NeedRequest(
            @Schema(description = "Category code from /api/v1/categories.", examples = "math") @NotBlank @Size(max = 64) String category,
            @Schema(examples = "Math tutoring after school for grades 6-8") @NotBlank @Size(max = 200) String title,
            @Schema(examples = "40 students in grades 6-8 need math tutoring after school; many families speak Somali.")
            @Size(max = 4000) String description,
            @Schema(description = "Lowest grade: PK = -1, K = 0, 1-12, AE (adult education, parents) = 13; beyond the school's own grades only in household-level categories.", examples = "6")
            @NotNull @Min(-1) @Max(13) Integer gradeLow,
            @Schema(description = "Highest grade: PK = -1, K = 0, 1-12, AE (adult education, parents) = 13; beyond the school's own grades only in household-level categories.", examples = "8")
            @NotNull @Min(-1) @Max(13) Integer gradeHigh,
            @Schema(description = "How many students the need concerns.", examples = "40") @NotNull @Min(1) @Max(100000) Integer studentsAffected,
            @Schema(examples = "high") @NotNull Priority priority,
            @Schema(description = "When help is needed; empty means any time.", examples = "[\"after_school\"]")
            @Size(max = 6) List<@NotNull Timing> timings,
            @Schema(description = "Languages the students or families speak (ISO 639).", examples = "[\"so\"]")
            @Size(max = 20) List<@NotNull @Size(max = 3, message = LanguageCode.MESSAGE) @LanguageCode String> languages,
            @Schema(description = "open (default), met or closed. Only open needs are matched.", examples = "open")
            NeedStatus status) {
    }

    @Schema(name = "Need")
    public record NeedResponse(
            UUID id,
            UUID schoolId,
            String category,
            String title,
            @Nullable String description,
            int gradeLow,
            int gradeHigh,
            @Schema(examples = "6-8", description = "The range as people write it: 6-8, PK-K, AE, 9-AE.") String grades,
            int studentsAffected,
            Priority priority,
            List<Timing> timings,
            List<String> languages,
            NeedStatus status,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        public static NeedResponse from(Need need) {
            return new NeedResponse(need.id, need.schoolId, need.categoryCode, need.title, need.description,
                    need.gradeLow, need.gradeHigh, Grades.range(need.gradeLow, need.gradeHigh), need.studentsAffected,
                    need.priority, Vocab.enums(need.timings, Timing.class), Vocab.list(need.languages), need.status,
                    need.version, need.createdAt, need.updatedAt);
        }
    }
}
