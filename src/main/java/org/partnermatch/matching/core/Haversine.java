package org.partnermatch.matching.core;

/** Great-circle distance on a spherical Earth; accurate to well under 1% at the scale of a school district. */
public final class Haversine {

    /** Mean Earth radius (IUGG), in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Haversine() {
    }

    /** Distance in kilometres between two points given in decimal degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double sinLat = Math.sin(dLat / 2);
        double sinLon = Math.sin(dLon / 2);
        double a = sinLat * sinLat
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * sinLon * sinLon;
        // min() guards against a rounding overshoot past 1 for antipodal points
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    /**
     * The same distance from latitudes and longitudes already in radians and the latitudes' cosines, which the
     * matching core computes once per school and per organization instead of once per pair.
     */
    static double kmRadians(double lat1, double lon1, double cosLat1, double lat2, double lon2, double cosLat2) {
        double sinLat = Math.sin((lat2 - lat1) / 2);
        double sinLon = Math.sin((lon2 - lon1) / 2);
        double a = sinLat * sinLat + cosLat1 * cosLat2 * sinLon * sinLon;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
