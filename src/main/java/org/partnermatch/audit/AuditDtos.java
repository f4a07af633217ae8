package org.partnermatch.audit;

import org.partnermatch.common.Nullable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response records of the audit trail. */
public final class AuditDtos {

    private AuditDtos() {
    }

    @Schema(name = "AuditEvent", description = "One recorded change.")
    public record AuditEventResponse(
            UUID id,
            Instant occurredAt,
            @Schema(description = "Token subject of the caller.", examples = "principal-17") String actor,
            @Schema(examples = "principal") String actorRole,
            @Schema(examples = "need.updated") String action,
            @Schema(examples = "need") String entityType,
            String entityId,
            @Schema(description = "State before the change (absent on create).") @Nullable Map<String, Object> before,
            @Schema(description = "State after the change (absent on delete).") @Nullable Map<String, Object> after) {
    }
}
