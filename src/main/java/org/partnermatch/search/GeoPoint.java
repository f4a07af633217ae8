package org.partnermatch.search;

import org.partnermatch.common.ProblemException;

/** A point on Earth in degrees. */
public record GeoPoint(double latitude, double longitude) {

    /** Parses {@code lat,lon} (e.g. {@code 47.5466,-122.2838}); 400 naming the parameter when malformed. */
    public static GeoPoint parse(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String[] parts = raw.trim().split("\\s*,\\s*");
        if (parts.length != 2) {
            throw ProblemException.badRequest(name, "must be latitude,longitude in degrees, e.g. 47.5466,-122.2838");
        }
        double latitude;
        double longitude;
        try {
            latitude = Double.parseDouble(parts[0]);
            longitude = Double.parseDouble(parts[1]);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be latitude,longitude in degrees, e.g. 47.5466,-122.2838");
        }
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw ProblemException.badRequest(name, "latitude must be within -90..90 and longitude within -180..180");
        }
        return new GeoPoint(latitude, longitude);
    }
}
