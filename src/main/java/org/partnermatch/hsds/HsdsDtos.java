package org.partnermatch.hsds;

import org.partnermatch.common.Nullable;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.Paged;

/**
 * Open Referral HSDS 3.0 records, as far as PartnerMatch fills them (field names and shapes as in the HSDS JSON
 * schemas, https://openreferral.org/, CC BY-SA 4.0). Contact persons' e-mail addresses and phone numbers are never
 * part of them: the export holds the public directory only.
 */
public final class HsdsDtos {

    private HsdsDtos() {
    }

    @Schema(name = "HsdsTaxonomyTerm", description = "HSDS taxonomy_term: a term of PartnerMatch's own vocabulary.")
    public record TaxonomyTerm(
            UUID id,
            @Schema(examples = "timing:after_school") String code,
            @Schema(examples = "After school") String name,
            @Schema(examples = "Runs after the school day.") String description,
            @JsonProperty("parent_id") @Nullable UUID parentId,
            @Schema(examples = "PartnerMatch") String taxonomy,
            @Schema(examples = "en") String language) {
    }

    @Schema(name = "HsdsAttribute", description = "HSDS attribute: one classification or extra value of a record.")
    public record Attribute(
            UUID id,
            @JsonProperty("link_id") UUID linkId,
            @JsonProperty("link_type") @Schema(examples = "timing") String linkType,
            @JsonProperty("link_entity") @Schema(examples = "service") String linkEntity,
            @JsonProperty("taxonomy_term_id") UUID taxonomyTermId,
            @Schema(examples = "after_school") @Nullable String value,
            @JsonProperty("taxonomy_term") TaxonomyTerm taxonomyTerm) {
    }

    @Schema(name = "HsdsLanguage", description = "HSDS language.")
    public record Language(
            UUID id,
            @JsonProperty("service_id") @Nullable UUID serviceId,
            @JsonProperty("location_id") @Nullable UUID locationId,
            @Schema(examples = "Somali") String name,
            @Schema(examples = "so") String code) {
    }

    @Schema(name = "HsdsAddress", description = "HSDS address.")
    public record Address(
            UUID id,
            @JsonProperty("location_id") UUID locationId,
            @JsonProperty("address_1") String address1,
            String city,
            @JsonProperty("state_province") String stateProvince,
            @JsonProperty("postal_code") String postalCode,
            @Schema(examples = "US") String country,
            @JsonProperty("address_type") @Schema(examples = "physical") String addressType) {
    }

    @Schema(name = "HsdsLocation", description = "HSDS location: where the organization is.")
    public record Location(
            UUID id,
            @JsonProperty("location_type") @Schema(examples = "physical") String locationType,
            @JsonProperty("organization_id") UUID organizationId,
            String name,
            Double latitude,
            Double longitude,
            @Schema(description = "Languages staff speak.") List<Language> languages,
            List<Address> addresses) {
    }

    @Schema(name = "HsdsOrganization", description = "HSDS organization (approved organizations only).")
    public record Organization(
            UUID id,
            String name,
            String description,
            @Nullable String website,
            @Schema(description = "This organization in the PartnerMatch API.") String uri,
            List<Location> locations,
            @Schema(description = "Leadership identity (self-declared) and communities served.")
            List<Attribute> attributes) {
    }

    @Schema(name = "HsdsServiceArea", description = "HSDS service_area.")
    public record ServiceArea(
            UUID id,
            @JsonProperty("service_id") UUID serviceId,
            @Schema(examples = "Southeast") String name,
            String description) {
    }

    @Schema(name = "HsdsCostOption", description = "HSDS cost_option.")
    public record CostOption(
            UUID id,
            @JsonProperty("service_id") UUID serviceId,
            @Schema(examples = "free") String option,
            @JsonProperty("amount_description") String amountDescription) {
    }

    @Schema(name = "HsdsService", description = "HSDS service: an active offering of an approved organization.")
    public record Service(
            UUID id,
            @JsonProperty("organization_id") UUID organizationId,
            String name,
            String description,
            @Schema(description = "This offering in the PartnerMatch API.") String url,
            @Schema(examples = "active") String status,
            @JsonProperty("eligibility_description") @Schema(examples = "Students in grades 6-8.") String eligibilityDescription,
            @JsonProperty("fees_description") @Schema(examples = "Free") String feesDescription,
            @JsonProperty("last_modified") Instant lastModified,
            @JsonProperty("assured_date") @Schema(description = "The day the organization last confirmed this "
                    + "offering is still correct (district time zone).", examples = "2026-09-14")
            java.time.LocalDate assuredDate,
            List<Language> languages,
            @JsonProperty("service_areas") List<ServiceArea> serviceAreas,
            @JsonProperty("cost_options") List<CostOption> costOptions,
            @Schema(description = "Categories, grades, timing, modality, cost and capacity.") List<Attribute> attributes) {
    }

    /**
     * HSDS's paginated list shape (the HSDS API's {@code Page} plus {@code contents}). {@code page_number} is the
     * {@code page} asked for, from 1 as HSDA counts; {@code size} is the number of records on this page, as HSDS
     * defines it.
     */
    public record HsdsPage<T>(
            @JsonProperty("total_items") @Schema(examples = "45") long totalItems,
            @JsonProperty("total_pages") @Schema(examples = "3") int totalPages,
            @JsonProperty("page_number") @Schema(description = "From 1, as the page parameter.", examples = "1") int pageNumber,
            @JsonProperty("size") @Schema(description = "Records on this page.", examples = "20") int recordsOnPage,
            @JsonProperty("first_page") boolean firstPage,
            @JsonProperty("last_page") boolean lastPage,
            boolean empty,
            List<T> contents,
            @JsonIgnore @Schema(hidden = true) int pageSize) implements Paged {

        /** A page by its 1-based number. */
        static <T> HsdsPage<T> of(List<T> contents, int pageNumber, int pageSize, long total) {
            int pages = (int) ((total + pageSize - 1) / pageSize);
            return new HsdsPage<>(total, pages, pageNumber, contents.size(), pageNumber == 1, pageNumber >= pages,
                    contents.isEmpty(), contents, pageSize);
        }

        /** Zero-based, as {@link Paged} counts. */
        @Override
        public int page() {
            return pageNumber - 1;
        }

        @Override
        public int size() {
            return pageSize;
        }
    }
}
