package org.partnermatch.matching.core;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A school's location and equity profile, as matching sees it.
 *
 * @param id            school id
 * @param name          display name
 * @param latitude      decimal degrees; null when the school's location is not known (null together with longitude)
 * @param longitude     decimal degrees; null when not known
 * @param region        district region ("Southeast"), nullable; compared case-insensitively with service regions
 * @param titleI        receives Title I funds; null when not known
 * @param frlPercent    free/reduced-lunch eligible share, 0–100; null when not known
 * @param ellPercent    English-learner share, 0–100; null when not known
 * @param homeLanguages ISO 639 codes of the top home languages (lower-cased here); empty when none or not known
 * @param qualityRank   district support tier, 1 (highest support) .. 5, or null when not ranked
 * @param needIndex     the school's need index, 0–100, from the figures above (school.NeedIndex, where the equity
 *                      profile lives; 50 when none of FRL, EL and Title I is known)
 */
public record SchoolProfile(
        UUID id,
        String name,
        Double latitude,
        Double longitude,
        String region,
        Boolean titleI,
        Double frlPercent,
        Double ellPercent,
        Set<String> homeLanguages,
        Integer qualityRank,
        double needIndex) {

    public SchoolProfile {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude and longitude must be given together");
        }
        if (latitude != null) {
            requireCoordinates(latitude, longitude);
        }
        if (frlPercent != null) {
            Normalize.requirePercent(frlPercent, "FRL percent");
        }
        if (ellPercent != null) {
            Normalize.requirePercent(ellPercent, "EL percent");
        }
        homeLanguages = Normalize.codes(homeLanguages == null ? Set.of() : homeLanguages);
        if (qualityRank != null && (qualityRank < 1 || qualityRank > 5)) {
            throw new IllegalArgumentException("quality rank must be 1..5 or unknown, was " + qualityRank);
        }
        if (!(needIndex >= 0 && needIndex <= 100)) {
            throw new IllegalArgumentException("need index must be 0..100, was " + needIndex);
        }
    }

    /** Whether the school's location is known; without it distances to it are unknown (NaN). */
    public boolean hasLocation() {
        return latitude != null;
    }

    /** Whether any of FRL, EL and Title I is known; otherwise the need index is the neutral 50. */
    public boolean needIndexKnown() {
        return frlPercent != null || ellPercent != null || titleI != null;
    }


    static void requireCoordinates(double latitude, double longitude) {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + ", " + longitude);
        }
    }
}
