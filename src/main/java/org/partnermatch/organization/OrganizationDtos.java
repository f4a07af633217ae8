package org.partnermatch.organization;

import org.partnermatch.common.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.Address;
import org.partnermatch.common.LanguageCode;
import org.partnermatch.common.PlainText;
import org.partnermatch.common.Vocab;
import org.partnermatch.search.Highlight;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.LocationPrecision;
import org.partnermatch.vocabulary.VettingStatus;

/** Request and response records for organizations. */
public final class OrganizationDtos {

    private OrganizationDtos() {
    }

    @Schema(name = "Contact", description = "The person schools reach. Never shown to anonymous callers.")
    public record Contact(
            @Schema(examples = "Amina Hassan") @Size(max = 120) @Nullable String name,
            @Schema(examples = "partnerships@example.org") @Email @Size(max = 254) @Nullable String email,
            @Schema(examples = "+1 206 555 0142") @Size(max = 30, message = "must be a phone number") @Pattern(regexp = "^[0-9+(). -]{7,30}$", message = "must be a phone number")
            @Nullable String phone) {
    }

    @Schema(name = "OrganizationRequest", description = "A community-based organization's profile. Vetting is the district's: it cannot be set here.")
    @PlainText
    public record OrganizationRequest(
            @Schema(examples = "East African Community Services") @NotBlank @Size(max = 200) String name,
            @Schema(examples = "Tutoring and family engagement for East African families in Southeast Seattle.") @Size(max = 4000) String description,
            @Schema(examples = "https://example.org") @Size(max = 300)
            @Pattern(regexp = "^https?://[^\\s]+$", message = "must be an http(s) URL") String website,
            @Valid Contact contact,
            @Valid Address address,
            @Schema(description = "Leave latitude and longitude out to place the organization at the centre of its "
                    + "ZIP code (approximate until someone sets them).", examples = "47.5412")
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @Schema(examples = "-122.2760") @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Schema(description = "Serves in person within this many km of its location.", examples = "10")
            @DecimalMin(value = "0.01", message = "must be at least 0.01 km")
            @DecimalMax("1000") @Digits(integer = 4, fraction = 2, message = "must have at most 2 decimals")
            BigDecimal serviceRadiusKm,
            @Schema(description = "Also serves in person in these regions: the district's regions (GET /regions), any case.", examples = "[\"Southeast\"]")
            @Size(max = 20) List<@NotBlank @Size(max = 60) String> serviceRegions,
            @Schema(description = "Languages staff speak (ISO 639).", examples = "[\"so\", \"am\", \"en\"]")
            @Size(max = 40) List<@NotNull @Size(max = 3, message = LanguageCode.MESSAGE) @LanguageCode String> staffLanguages,
            @Schema(description = "Communities the organization serves, in its own words.", examples = "[\"East African\", \"Somali\"]")
            @Size(max = 20) List<@NotBlank @Size(max = 80) String> communitiesServed,
            @Schema(description = "Self-declared leadership identity.", examples = "[\"black_led\", \"immigrant_refugee_led\"]")
            @Size(max = 9) List<@NotNull Leadership> leadership,
            @Schema(description = "The description in other languages, by ISO 639 code, written by the organization's "
                    + "staff; shown to readers of that language. Left out (null): the stored translations stay; {}: "
                    + "removes them all.", examples = "{\"es\": \"Tutoría y participación familiar para familias de África Oriental en el sureste de Seattle.\"}")
            @Size(max = 12) Map<@NotNull @LanguageCode String, @NotBlank @Size(max = 4000) String> descriptionTranslations) {

        /** Without translations (they stay as stored): for callers that do not touch them. */
        public OrganizationRequest(String name, String description, String website, Contact contact, Address address,
                                   Double latitude, Double longitude, BigDecimal serviceRadiusKm,
                                   List<String> serviceRegions, List<String> staffLanguages,
                                   List<String> communitiesServed, List<Leadership> leadership) {
            this(name, description, website, contact, address, latitude, longitude, serviceRadiusKm, serviceRegions,
                    staffLanguages, communitiesServed, leadership, null);
        }

        /** The request that would leave this organization as it is (imports merge a file's columns into it). */
        public static OrganizationRequest from(Organization org) {
            Contact contact = org.contactName == null && org.email == null && org.phone == null ? null
                    : new Contact(org.contactName, org.email, org.phone);
            Address address = org.street == null && org.city == null && org.state == null && org.postalCode == null
                    ? null : new Address(org.street, org.city, org.state, org.postalCode);
            // An approximate location is no given coordinate: it follows the ZIP code.
            boolean given = org.locationPrecision != LocationPrecision.zip_centroid;
            return new OrganizationRequest(org.name, org.description, org.website, contact, address,
                    given ? org.latitude : null, given ? org.longitude : null, org.serviceRadiusKm, Vocab.list(org.serviceRegions), Vocab.list(org.staffLanguages),
                    Vocab.list(org.communitiesServed), Vocab.enums(org.leadership, Leadership.class),
                    Map.copyOf(org.descriptionTranslations));
        }

        /** This request as the service would store it (lists null = empty, numbers by value): imports compare these. */
        public OrganizationRequest normalized() {
            return new OrganizationRequest(name, description, website, contact, address, latitude, longitude,
                    serviceRadiusKm == null ? null : serviceRadiusKm.stripTrailingZeros(), orEmpty(serviceRegions),
                    orEmpty(staffLanguages), orEmpty(communitiesServed),
                    leadership == null ? List.of() : leadership.stream().distinct().sorted().toList(),
                    null); // imports never carry translations (null leaves them as stored): not compared
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }
    }

    @Schema(name = "VettingRequest", description = "A district vetting decision.")
    @PlainText
    public record VettingRequest(
            @Schema(examples = "approved") @NotNull VettingStatus status,
            @Schema(examples = "Agreement, insurance and background checks on file.") @Size(max = 1000) String note) {
    }

    @Schema(name = "Organization")
    public record OrganizationResponse(
            UUID id,
            String name,
            @Nullable String description,
            @Nullable String website,
            @Schema(description = "Absent for anonymous callers.") @Nullable Contact contact,
            @Nullable Address address,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Schema(description = "exact: coordinates someone gave; zip_centroid: approximate, the centre of the "
                    + "address's ZIP code, until someone sets them. Absent without a location.", examples = "exact")
            @Nullable LocationPrecision locationPrecision,
            @Nullable BigDecimal serviceRadiusKm,
            List<String> serviceRegions,
            List<String> staffLanguages,
            List<String> communitiesServed,
            List<Leadership> leadership,
            VettingStatus vettingStatus,
            @Nullable Instant vettedAt,
            long version,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "When the organization's staff last confirmed its details are still correct (on "
                    + "registration, an edit or a confirmation). Exported to HSDS as assured_date.") Instant lastVerifiedAt,
            @Schema(description = "Who confirmed it: an account (user:{id}) or a service; absent for imports and "
                    + "listings older than verification.", examples = "user:5d7c3f4e-0000-4000-8000-000000000001")
            @Nullable String lastVerifiedBy,
            @Schema(description = "Search with q only: how well the hit matches, 0 to 1 (higher is better).", examples = "0.3421")
            @Nullable Double score,
            @Schema(description = "Search with near or schoolId only: km from that point to the organization.", examples = "2.07")
            @Nullable Double distanceKm,
            @Schema(description = "Search with q only: the words that matched.") @Nullable Highlight highlight,
            @Schema(description = "The description in other languages, by ISO 639 code (empty when there are none; "
                    + "absent in search hits).", examples = "{\"es\": \"Tutoría y participación familiar para familias de África Oriental en el sureste de Seattle.\"}")
            @Nullable Map<String, String> descriptionTranslations) {

        public static OrganizationResponse from(Organization org, boolean withContact) {
            return of(org, withContact, null, null, null, new java.util.TreeMap<>(org.descriptionTranslations));
        }

        /** The organization as a search hit (without its translations: read the organization for them). */
        public static OrganizationResponse hit(Organization org, boolean withContact, Double score, Double distanceKm,
                                               Highlight highlight) {
            return of(org, withContact, score, distanceKm, highlight, null);
        }

        private static OrganizationResponse of(Organization org, boolean withContact, Double score, Double distanceKm,
                                               Highlight highlight, Map<String, String> translations) {
            Contact contact = withContact && (org.contactName != null || org.email != null || org.phone != null)
                    ? new Contact(org.contactName, org.email, org.phone) : null;
            Address address = org.street == null && org.city == null && org.state == null && org.postalCode == null
                    ? null : new Address(org.street, org.city, org.state, org.postalCode);
            return new OrganizationResponse(org.id, org.name, org.description, org.website, contact, address,
                    org.latitude, org.longitude, org.latitude == null ? null : org.locationPrecision,
                    org.serviceRadiusKm, Vocab.list(org.serviceRegions),
                    Vocab.list(org.staffLanguages), Vocab.list(org.communitiesServed),
                    Vocab.enums(org.leadership, Leadership.class), org.vettingStatus, org.vettedAt, org.version,
                    org.createdAt, org.updatedAt, org.lastVerifiedAt, org.lastVerifiedBy, score, distanceKm, highlight,
                    translations);
        }
    }
}
