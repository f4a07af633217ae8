package org.partnermatch.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.PlainText;

/** Request and response records for regions. */
public final class RegionDtos {

    private RegionDtos() {
    }

    @Schema(name = "RegionRequest", description = "A district region, as created or replaced by PUT.")
    @PlainText
    public record RegionRequest(
            @Schema(examples = "Southeast") @NotBlank @Size(max = 60) String name,
            @Schema(description = "Five-digit ZIP codes in the region; a school without a region gets the region "
                    + "listing its ZIP code. A ZIP code belongs to at most one region.", examples = "[\"98118\", \"98144\"]")
            @Size(max = 2000) List<@NotNull @Size(max = 5, message = "must be a five-digit ZIP code") @Pattern(regexp = "^[0-9]{5}$", message = "must be a five-digit ZIP code") String> zipCodes) {
    }

    @Schema(name = "Region")
    public record RegionResponse(
            UUID id,
            @Schema(examples = "Southeast") String name,
            @Schema(examples = "[\"98118\", \"98144\"]") List<String> zipCodes,
            long version) {

        public static RegionResponse from(Region region) {
            return new RegionResponse(region.id, region.name, region.zipCodes.stream().sorted().toList(),
                    region.version);
        }
    }
}
