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

    /** Mean Earth radius of search distances, as the database's {@code search_distance_km} (V10). */
    static final double EARTH_RADIUS_KM = 6371;

    /** Great-circle distance in km (haversine). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.sin(Math.toRadians(lat2 - lat1) / 2);
        double dLon = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double a = dLat * dLat + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * dLon * dLon;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
