package org.partnermatch.taxonomy;

import org.partnermatch.common.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.LanguageCode;
import org.partnermatch.common.PlainText;

/** Request and response records of the taxonomy. */
public final class CategoryDtos {

    private CategoryDtos() {
    }

    @Schema(name = "CategoryRequest", description = "A taxonomy term to create or update. Two levels at most.")
    @PlainText
    public record CategoryRequest(
            @Schema(examples = "math", description = "Stable slug: lower-case words joined by dashes. Ignored on update.")
            @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lower-case words joined by dashes")
            @Size(max = 64) String code,
            @Schema(examples = "academic", description = "Parent term for a second-level term; absent for a top-level one.")
            @Size(max = 64) String parentCode,
            @Schema(examples = "Math tutoring") @NotBlank @Size(max = 120) String name,
            @Schema(examples = "Math tutoring and numeracy support.") @Size(max = 1000) String description,
            @Schema(examples = "13") @Min(0) @Max(10000) Integer sortOrder,
            @Schema(examples = "false", description = "Household-level (basic needs, family engagement, early learning): "
                    + "needs in it, or in its children, may name grades outside the school's own, such as PK for "
                    + "younger siblings. Absent: false on create, unchanged on update.")
            Boolean household,
            @Schema(description = "The name in other languages, by ISO 639 code, shown on the pages to readers of that "
                    + "language (the English name otherwise). Left out (null): the stored names stay; {}: removes "
                    + "them all.", examples = "{\"es\": \"Tutoría de matemáticas\"}")
            @Size(max = 12) Map<@NotNull @LanguageCode String, @NotBlank @Size(max = 120) String> nameTranslations) {

        /** Without translated names (they stay as stored). */
        public CategoryRequest(String code, String parentCode, String name, String description, Integer sortOrder,
                               Boolean household) {
            this(code, parentCode, name, description, sortOrder, household, null);
        }
    }

    @Schema(name = "Category", description = "A taxonomy term with its children (top-level terms only).")
    public record CategoryResponse(
            @Schema(examples = "academic") String code,
            @Nullable String parentCode,
            @Schema(examples = "Academic support") String name,
            @Nullable String description,
            int sortOrder,
            @Schema(description = "Whether the term itself is flagged household-level; a child of a household-level "
                    + "term is household-level too.")
            boolean household,
            @Schema(description = "Second-level terms; empty for second-level terms themselves.")
            List<CategoryResponse> children,
            @Schema(description = "The name in other languages, by ISO 639 code.", examples = "{\"es\": \"Apoyo académico\"}")
            Map<String, String> nameTranslations) {

        static CategoryResponse from(Category category, List<CategoryResponse> children) {
            return new CategoryResponse(category.code, category.parentCode, category.name, category.description,
                    category.sortOrder, category.household, children, new TreeMap<>(category.nameTranslations));
        }
    }
}
