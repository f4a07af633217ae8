package org.partnermatch.geo;

import java.util.Optional;
import org.partnermatch.common.ProblemException;
import org.partnermatch.geo.ZipCentroids.Centroid;
import org.partnermatch.vocabulary.LocationPrecision;

/**
 * The one rule for where a school or an organization is. Coordinates someone gives are exact; without them the
 * address's ZIP code centre stands in, marked approximate, until someone sets them. Coordinates equal to the ZIP
 * code's centre stay approximate, so a client that reads a record and sends it back unchanged does not turn a
 * guess into a fact.
 */
public final class Locations {

    /** The field a ZIP code travels in on requests (imports map it to their own column). */
    public static final String POSTAL_CODE_FIELD = "address.postalCode";

    private Locations() {
    }

    /** A location and how precisely it is known. */
    public record Placed(double latitude, double longitude, LocationPrecision precision) {
    }

    /**
     * Where a record with these coordinates and this ZIP code is. Empty when it has neither (the caller decides
     * whether that is allowed). 400 naming the field when only one coordinate is given, or when there are no
     * coordinates and the ZIP code is not in the table.
     */
    public static Optional<Placed> place(Double latitude, Double longitude, String postalCode) {
        if ((latitude == null) != (longitude == null)) {
            throw ProblemException.badRequest(latitude == null ? "latitude" : "longitude",
                    "latitude and longitude go together");
        }
        Optional<Centroid> centre = ZipCentroids.table().centroid(postalCode);
        if (latitude != null) {
            boolean atCentre = centre.isPresent() && centre.get().latitude() == latitude
                    && centre.get().longitude() == longitude;
            return Optional.of(new Placed(latitude, longitude,
                    atCentre ? LocationPrecision.zip_centroid : LocationPrecision.exact));
        }
        if (postalCode == null || postalCode.isBlank()) {
            return Optional.empty();
        }
        Centroid c = centre.orElseThrow(() -> ProblemException.badRequest(POSTAL_CODE_FIELD,
                "unknown ZIP code " + postalCode.strip() + "; give latitude and longitude"));
        return Optional.of(new Placed(c.latitude(), c.longitude(), LocationPrecision.zip_centroid));
    }
}
