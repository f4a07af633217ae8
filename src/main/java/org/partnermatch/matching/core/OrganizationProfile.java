package org.partnermatch.matching.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.vocabulary.Leadership;

/**
 * A community-based organization, as matching sees it.
 *
 * @param id                organization id
 * @param name              display name
 * @param description       free text, nullable; searched for the need's key words
 * @param latitude          decimal degrees, nullable (null together with longitude)
 * @param longitude         decimal degrees, nullable
 * @param serviceRadiusKm   in-person service radius around the location, nullable; 0 or null means no radius
 * @param serviceRegions    district regions served in person (compared case-insensitively)
 * @param staffLanguages    ISO 639 codes the staff speak (lower-cased here)
 * @param communitiesServed free phrases ("East African", "Black", "refugee and immigrant families")
 * @param leadership        self-declared leadership identity
 * @param approved          vetted and approved by the district
 * @param trackRecord       ratings so far; null means none
 * @param responsiveness    how it has answered requests so far; null means no requests yet
 * @param lastVerifiedAt    when it last confirmed its profile is correct; null when not known (never overdue)
 */
public record OrganizationProfile(
        UUID id,
        String name,
        String description,
        Double latitude,
        Double longitude,
        Double serviceRadiusKm,
        Set<String> serviceRegions,
        Set<String> staffLanguages,
        Set<String> communitiesServed,
        Set<Leadership> leadership,
        boolean approved,
        TrackRecord trackRecord,
        Responsiveness responsiveness,
        Instant lastVerifiedAt) {

    /** An organization whose last confirmation is not known. */
    public OrganizationProfile(UUID id, String name, String description, Double latitude, Double longitude,
            Double serviceRadiusKm, Set<String> serviceRegions, Set<String> staffLanguages,
            Set<String> communitiesServed, Set<Leadership> leadership, boolean approved, TrackRecord trackRecord,
            Responsiveness responsiveness) {
        this(id, name, description, latitude, longitude, serviceRadiusKm, serviceRegions, staffLanguages,
                communitiesServed, leadership, approved, trackRecord, responsiveness, null);
    }

    /** An organization that has answered no requests yet. */
    public OrganizationProfile(UUID id, String name, String description, Double latitude, Double longitude,
            Double serviceRadiusKm, Set<String> serviceRegions, Set<String> staffLanguages,
            Set<String> communitiesServed, Set<Leadership> leadership, boolean approved, TrackRecord trackRecord) {
        this(id, name, description, latitude, longitude, serviceRadiusKm, serviceRegions, staffLanguages,
                communitiesServed, leadership, approved, trackRecord, Responsiveness.none(), null);
    }

    public OrganizationProfile {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude and longitude must be given together");
        }
        if (latitude != null) {
            SchoolProfile.requireCoordinates(latitude, longitude);
        }
        if (serviceRadiusKm != null && !(serviceRadiusKm >= 0 && serviceRadiusKm < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("serviceRadiusKm must be a finite number >= 0, was " + serviceRadiusKm);
        }
        serviceRegions = Normalize.phrases(serviceRegions);
        staffLanguages = Normalize.codes(staffLanguages);
        communitiesServed = Normalize.phrases(communitiesServed);
        leadership = Normalize.enums(leadership, Leadership.class);
        trackRecord = trackRecord == null ? TrackRecord.none() : trackRecord;
        responsiveness = responsiveness == null ? Responsiveness.none() : responsiveness;
    }

    /** Whether the organization has a location. */
    public boolean hasLocation() {
        return latitude != null;
    }

    /** Whether a usable service radius is set (a location and a radius greater than 0). */
    public boolean hasServiceRadius() {
        return latitude != null && serviceRadiusKm != null && serviceRadiusKm > 0;
    }
}
