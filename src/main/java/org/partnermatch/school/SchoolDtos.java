package org.partnermatch.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.Address;
import org.partnermatch.common.Grades;
import org.partnermatch.common.LanguageCode;
import org.partnermatch.common.PlainText;
import org.partnermatch.matching.core.NeedIndex;

/** Request and response records for schools. */
public final class SchoolDtos {

    private SchoolDtos() {
    }

    @Schema(name = "EquityProfile", description = "Aggregate equity figures of a school. No individual student data.")
    public record EquityProfile(
            @Schema(examples = "true") @NotNull Boolean titleI,
            @Schema(description = "Share of students eligible for free or reduced-price lunch, 0-100.", examples = "78.5")
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal freeReducedLunchPercent,
            @Schema(description = "Share of students who are English learners, 0-100.", examples = "32")
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal englishLearnerPercent,
            @Schema(description = "Most common home languages (ISO 639 codes), most common first.", examples = "[\"so\", \"es\", \"vi\"]")
            @Size(max = 20) List<@NotNull @LanguageCode String> homeLanguages,
            @Schema(description = "District quality rank: 1 = highest-support tier ... 5 = lowest support need.", examples = "2")
            @Min(1) @Max(5) Integer qualityRank) {
    }

    @Schema(name = "SchoolRequest", description = "A school's profile, as created or replaced by PUT.")
    @PlainText
    public record SchoolRequest(
            @Schema(examples = "Aki Kurose Middle School") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Lowest grade: PK = -1, K = 0, 1-12.", examples = "6") @NotNull @Min(-1) @Max(12) Integer gradeLow,
            @Schema(description = "Highest grade: PK = -1, K = 0, 1-12.", examples = "8") @NotNull @Min(-1) @Max(12) Integer gradeHigh,
            @Valid Address address,
            @Schema(examples = "47.5466") @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @Schema(examples = "-122.2891") @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Schema(examples = "Southeast") @NotBlank @Size(max = 60) String region,
            @Schema(examples = "720") @NotNull @Min(0) @Max(20000) Integer enrollment,
            @Valid @NotNull EquityProfile equity) {

        /** The request that would leave this school as it is (imports merge a file's columns into it). */
        public static SchoolRequest from(School school) {
            Address address = school.street == null && school.city == null && school.state == null
                    && school.postalCode == null ? null
                    : new Address(school.street, school.city, school.state, school.postalCode);
            return new SchoolRequest(school.name, (int) school.gradeLow, (int) school.gradeHigh, address,
                    school.latitude, school.longitude, school.region, school.enrollment,
                    new EquityProfile(school.titleI, school.frlPercent, school.ellPercent,
                            school.homeLanguages == null ? List.of() : List.of(school.homeLanguages),
                            school.qualityRank == null ? null : school.qualityRank.intValue()));
        }
    }

    @Schema(name = "EquityProfileView", description = "Equity figures plus the derived need index.")
    public record EquityView(
            boolean titleI,
            BigDecimal freeReducedLunchPercent,
            BigDecimal englishLearnerPercent,
            List<String> homeLanguages,
            Integer qualityRank,
            @Schema(description = "0-100 summary of the equity profile (see README, 'Need index'); higher means higher need.",
                    examples = "74.3") double needIndex) {
    }

    @Schema(name = "School")
    public record SchoolResponse(
            UUID id,
            String name,
            int gradeLow,
            int gradeHigh,
            @Schema(description = "Grade range as people write it.", examples = "6-8") String grades,
            Address address,
            double latitude,
            double longitude,
            String region,
            int enrollment,
            EquityView equity,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        public static SchoolResponse from(School school) {
            List<String> languages = school.homeLanguages == null ? List.of() : Arrays.asList(school.homeLanguages);
            Integer rank = school.qualityRank == null ? null : school.qualityRank.intValue();
            double needIndex = NeedIndex.of(school.frlPercent.doubleValue(), school.ellPercent.doubleValue(),
                    school.titleI, rank);
            Address address = school.street == null && school.city == null && school.state == null
                    && school.postalCode == null ? null
                    : new Address(school.street, school.city, school.state, school.postalCode);
            return new SchoolResponse(school.id, school.name, school.gradeLow, school.gradeHigh,
                    Grades.range(school.gradeLow, school.gradeHigh), address, school.latitude, school.longitude,
                    school.region, school.enrollment,
                    new EquityView(school.titleI, school.frlPercent, school.ellPercent, languages, rank, needIndex),
                    school.version, school.createdAt, school.updatedAt);
        }
    }
}
