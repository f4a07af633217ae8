package org.partnermatch.search;

import java.util.UUID;

/** The school of a "serves this school" filter: where it is and its region. */
public record ServedSchool(UUID id, double latitude, double longitude, String region) {
}
