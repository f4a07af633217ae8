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
        Integer qualityRank) {

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
        NeedIndex.requireRank(qualityRank);
    }

    /** Whether the school's location is known; without it distances to it are unknown (NaN). */
    public boolean hasLocation() {
        return latitude != null;
    }

    /** Whether any of FRL, EL and Title I is known; otherwise the need index is the neutral {@link NeedIndex#UNKNOWN}. */
    public boolean needIndexKnown() {
        return frlPercent != null || ellPercent != null || titleI != null;
    }

    /** The documented need index, 0–100 (see {@link NeedIndex}). */
    public double needIndex() {
        return NeedIndex.of(this);
    }

    static void requireCoordinates(double latitude, double longitude) {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + ", " + longitude);
        }
    }
}
