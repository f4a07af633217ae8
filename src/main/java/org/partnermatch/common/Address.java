package org.partnermatch.common;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A postal address (US). */
@Schema(name = "Address")
public record Address(
        @Schema(examples = "3928 S Graham St") @Size(max = 200) @Nullable String street,
        @Schema(examples = "Seattle") @Size(max = 100) @Nullable String city,
        @Schema(examples = "WA") @Size(max = 2, message = "must be a two-letter state code") @Pattern(regexp = "^[A-Z]{2}$", message = "must be a two-letter state code") @Nullable String state,
        @Schema(examples = "98118") @Size(max = 10, message = "must be a ZIP code like 98118") @Pattern(regexp = "^[0-9]{5}(-[0-9]{4})?$", message = "must be a ZIP code like 98118")
        @Nullable String postalCode) {
}
