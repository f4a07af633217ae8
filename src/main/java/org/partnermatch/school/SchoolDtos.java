package org.partnermatch.school;

import org.partnermatch.common.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.Address;
import org.partnermatch.common.LanguageCode;
import org.partnermatch.common.PlainText;
import org.partnermatch.school.NeedIndex;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.LocationPrecision;

/** Request and response records for schools. */
public final class SchoolDtos {

    private SchoolDtos() {
    }

    @Schema(name = "EquityProfile", description = "Aggregate equity figures of a school. No individual student data. "
            + "Every figure may be left out (null) when it is not known: unknown is never read as zero.")
    public record EquityProfile(
            @Schema(examples = "true") Boolean titleI,
            @Schema(description = "Share of students eligible for free or reduced-price lunch, 0-100.", examples = "78.5")
            @DecimalMin("0") @DecimalMax("100") BigDecimal freeReducedLunchPercent,
            @Schema(description = "Share of students who are English learners, 0-100.", examples = "32")
            @DecimalMin("0") @DecimalMax("100") BigDecimal englishLearnerPercent,
            @Schema(description = "Most common home languages (ISO 639 codes), most common first; [] when none are "
                    + "reported, null when not known.", examples = "[\"so\", \"es\", \"vi\"]")
            @Size(max = 20) List<@NotNull @Size(max = 3, message = LanguageCode.MESSAGE) @LanguageCode String> homeLanguages,
            @Schema(description = "District quality rank: 1 = highest-support tier ... 5 = lowest support need.", examples = "2")
            @Min(1) @Max(5) Integer qualityRank,
            @Schema(description = "Where the figures sent here come from, kept with each figure that changes.",
                    examples = "OSPI Report Card") @Size(max = 120) String source,
            @Schema(description = "The school year the figures describe.", examples = "2024-25")
            @Size(max = 9, message = "must be a school year like 2024-25") @Pattern(regexp = SCHOOL_YEAR, message = "must be a school year like 2024-25") String schoolYear) {

        /** The same figures with a source and school year. */
        public EquityProfile from(String newSource, String newSchoolYear) {
            return new EquityProfile(titleI, freeReducedLunchPercent, englishLearnerPercent, homeLanguages, qualityRank,
                    newSource, newSchoolYear);
        }
    }

    /** A school year as people write it: 2024-25 (or 2024-2025). */
    public static final String SCHOOL_YEAR = "^(19|20)[0-9]{2}-([0-9]{2}|(19|20)[0-9]{2})$";

    @Schema(name = "SchoolRequest", description = "A school's profile, as created or replaced by PUT. Only the name and "
            + "grades are required; what is not known may be left out.")
    @PlainText
    public record SchoolRequest(
            @Schema(examples = "Aki Kurose Middle School") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Lowest grade: PK = -1, K = 0, 1-12.", examples = "6") @NotNull @Min(value = -1, message = Grades.SCHOOL_GRADE) @Max(value = 12, message = Grades.SCHOOL_GRADE) Integer gradeLow,
            @Schema(description = "Highest grade: PK = -1, K = 0, 1-12.", examples = "8") @NotNull @Min(value = -1, message = Grades.SCHOOL_GRADE) @Max(value = 12, message = Grades.SCHOOL_GRADE) Integer gradeHigh,
            @Schema(description = "The type as the district's list names it.", examples = "Middle School")
            @Size(max = 40) String type,
            @Schema(description = "NCES school id, 12 digits.", examples = "530771001148")
            @Size(max = 12, message = "must be the 12-digit NCES school id") @Pattern(regexp = "^[0-9]{12}$", message = "must be the 12-digit NCES school id") String ncesId,
            @Schema(description = "The state's school code.", examples = "3621")
            @Size(max = 30) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$",
                    message = "must be letters, digits, '.', '_' or '-'") String stateCode,
            @Valid Address address,
            @Schema(description = "Leave latitude and longitude out to place the school at the centre of its ZIP code "
                    + "(approximate until someone sets them); without a ZIP code either, its location is unknown.",
                    examples = "47.5466")
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @Schema(examples = "-122.2891") @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Schema(description = "One of the district's regions (GET /regions), any case. Left out, it is the region "
                    + "whose ZIP codes list the school's ZIP code.", examples = "Southeast") @Size(max = 60) String region,
            @Schema(examples = "720") @Min(0) @Max(20000) Integer enrollment,
            @Valid EquityProfile equity) {

        /** The request that would leave this school as it is (imports merge a file's columns into it). */
        public static SchoolRequest from(School school) {
            // An approximate location is no given coordinate: it follows the ZIP code.
            boolean given = school.locationPrecision == LocationPrecision.exact;
            Address address = school.street == null && school.city == null && school.state == null
                    && school.postalCode == null ? null
                    : new Address(school.street, school.city, school.state, school.postalCode);
            return new SchoolRequest(school.name, (int) school.gradeLow, (int) school.gradeHigh, school.schoolType,
                    school.ncesId, school.stateCode, address, given ? school.latitude : null,
                    given ? school.longitude : null, school.region, school.enrollment,
                    new EquityProfile(school.titleI, school.frlPercent, school.ellPercent,
                            school.homeLanguages == null ? null : List.of(school.homeLanguages),
                            school.qualityRank == null ? null : school.qualityRank.intValue(), null, null));
        }

        /** The equity figures sent, or all unknown. */
        public EquityProfile equityOrUnknown() {
            return equity == null ? new EquityProfile(null, null, null, null, null, null, null) : equity;
        }
    }

    @Schema(name = "FigureSource", description = "Where an equity figure came from.")
    public record FigureSource(
            @Schema(examples = "OSPI Report Card") String source,
            @Schema(examples = "2024-25") @Nullable String schoolYear,
            Instant recordedAt) {
    }

    @Schema(name = "EquityProfileView", description = "Equity figures plus the derived need index. A figure that is not "
            + "known is null.")
    public record EquityView(
            @Nullable Boolean titleI,
            @Nullable BigDecimal freeReducedLunchPercent,
            @Nullable BigDecimal englishLearnerPercent,
            @Schema(description = "[] when none are reported, null when not known.") @Nullable List<String> homeLanguages,
            @Nullable Integer qualityRank,
            @Schema(description = "0-100 summary of the equity profile (see docs/matching.md, 'Need index'); higher "
                    + "means higher need. Computed from the known parts; 50 when FRL, EL and Title I are all unknown.",
                    examples = "74.3") double needIndex,
            @Schema(description = "The parts of the need index that are not known.",
                    examples = "[\"qualityRank\"]") List<String> needIndexMissing,
            @Schema(description = "Figure name → where it came from; figures entered before sources were kept have "
                    + "none.") Map<String, FigureSource> sources) {
    }

    @Schema(name = "School")
    public record SchoolResponse(
            UUID id,
            String name,
            int gradeLow,
            int gradeHigh,
            @Schema(description = "Grade range as people write it.", examples = "6-8") String grades,
            @Schema(examples = "Middle School") @Nullable String type,
            @Schema(examples = "530771001148") @Nullable String ncesId,
            @Schema(examples = "3621") @Nullable String stateCode,
            @Nullable Address address,
            @Schema(description = "Null when the location is not known.") @Nullable Double latitude,
            @Schema(description = "Null when the location is not known.") @Nullable Double longitude,
            @Schema(description = "exact: coordinates someone gave; zip_centroid: approximate, the centre of the "
                    + "address's ZIP code, until someone sets them; unknown: no coordinates and no ZIP code yet "
                    + "(distances to the school are unknown: partners serve it by region only).", examples = "exact")
            LocationPrecision locationPrecision,
            @Schema(description = "Null when not known.") @Nullable String region,
            @Schema(description = "Null when not known.") @Nullable Integer enrollment,
            EquityView equity,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        public static SchoolResponse from(School school) {
            List<String> languages = school.homeLanguages == null ? null : Arrays.asList(school.homeLanguages);
            Integer rank = school.qualityRank == null ? null : school.qualityRank.intValue();
            NeedIndex.Assessment needIndex = NeedIndex.assess(
                    school.frlPercent == null ? null : school.frlPercent.doubleValue(),
                    school.ellPercent == null ? null : school.ellPercent.doubleValue(), school.titleI, rank);
            Address address = school.street == null && school.city == null && school.state == null
                    && school.postalCode == null ? null
                    : new Address(school.street, school.city, school.state, school.postalCode);
            Map<String, FigureSource> sources = new LinkedHashMap<>();
            if (school.equitySources != null) {
                school.equitySources.forEach((figure, source) -> sources.put(figure, new FigureSource(
                        source.get("source"), source.get("schoolYear"),
                        source.get("recordedAt") == null ? null : Instant.parse(source.get("recordedAt")))));
            }
            return new SchoolResponse(school.id, school.name, school.gradeLow, school.gradeHigh,
                    Grades.range(school.gradeLow, school.gradeHigh), school.schoolType, school.ncesId,
                    school.stateCode, address, school.latitude, school.longitude, school.locationPrecision,
                    school.region, school.enrollment,
                    new EquityView(school.titleI, school.frlPercent, school.ellPercent, languages, rank,
                            needIndex.value(), needIndex.missing(), sources),
                    school.version, school.createdAt, school.updatedAt);
        }
    }
}
