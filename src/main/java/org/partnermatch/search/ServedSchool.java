package org.partnermatch.search;

import java.util.UUID;

/** The school of a "serves this school" filter: where it is (null when not known) and its region (null when not known). */
public record ServedSchool(UUID id, Double latitude, Double longitude, String region) {

    /** Whether the school's location is known; without it only service regions can say an organization serves it. */
    public boolean hasLocation() {
        return latitude != null;
    }
}
