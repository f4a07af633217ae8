package org.partnermatch.recognition;

import org.partnermatch.common.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.PlainText;
import org.partnermatch.vocabulary.RecognitionStatus;

/** Request and response records for recognition stories. */
public final class RecognitionDtos {

    private RecognitionDtos() {
    }

    @Schema(name = "NominationRequest", description = "Nominate an active or completed partnership. Tell the story "
            + "without naming students.")
    @PlainText
    public record NominationRequest(
            @NotNull UUID partnershipId,
            @Schema(examples = "Attendance up at Aki Kurose") @NotBlank @Size(max = 200) String title,
            @Schema(examples = "Our site coordinator knew every family by name; chronic absence fell by a third.")
            @NotBlank @Size(max = 4000) String story) {
    }

    @Schema(name = "Recognition", description = "A recognition story about a partnership.")
    public record RecognitionResponse(
            UUID id,
            UUID partnershipId,
            String title,
            String story,
            RecognitionStatus status,
            @Schema(examples = "Aki Kurose Middle School") String schoolName,
            @Schema(examples = "Communities In Schools of Seattle") String organizationName,
            @Schema(examples = "Integrated Student Supports") String offeringName,
            @Schema(description = "Role of who nominated it: district, principal or partner.") String nominatorRole,
            @Nullable Instant publishedAt,
            long version,
            Instant createdAt) {
    }
}
