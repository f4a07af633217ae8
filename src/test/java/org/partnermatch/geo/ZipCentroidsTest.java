package org.partnermatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnermatch.common.ProblemException;
import org.partnermatch.geo.ZipCentroids.Centroid;
import org.partnermatch.vocabulary.LocationPrecision;

/** The packaged ZCTA centroid table and the one placement rule (plain JUnit: no database, no network). */
class ZipCentroidsTest {

    private static final ZipCentroids TABLE = ZipCentroids.table();

    @Test
    void theWholeCensusTableIsPackaged() {
        assertThat(TABLE.size()).isEqualTo(33_791);
        assertThat(TABLE.centroid("98118")).contains(new Centroid(47.542036, -122.268537));
        assertThat(TABLE.centroid("00601")).contains(new Centroid(18.180555, -66.749961));
    }

    @Test
    void zipPlusFourAndSpacesAreRead() {
        assertThat(TABLE.centroid("98118-1234")).isEqualTo(TABLE.centroid("98118"));
        assertThat(TABLE.centroid(" 98118 ")).isEqualTo(TABLE.centroid("98118"));
        assertThat(ZipCentroids.zip5("98118-1234")).isEqualTo("98118");
    }

    @Test
    void unknownOrMalformedZipCodesHaveNoCentre() {
        assertThat(TABLE.centroid("00000")).isEmpty();
        assertThat(TABLE.centroid("98111")).isEmpty(); // a PO-box ZIP code: no ZCTA
        assertThat(TABLE.centroid("9811")).isEmpty();
        assertThat(TABLE.centroid("98118-12")).isEmpty();
        assertThat(TABLE.centroid("ABCDE")).isEmpty();
        assertThat(TABLE.centroid(null)).isEmpty();
    }

    @Test
    void givenCoordinatesAreExactAndAMissingOneIsNamed() {
        assertThat(Locations.place(47.55, -122.27, "98118")).contains(
                new Locations.Placed(47.55, -122.27, LocationPrecision.exact));
        assertThat(Locations.place(47.55, -122.27, null).orElseThrow().precision()).isEqualTo(LocationPrecision.exact);
        assertThatThrownBy(() -> Locations.place(47.55, null, "98118")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).violations().get(0).field()).isEqualTo("longitude"));
    }

    @Test
    void withoutCoordinatesTheZipCodeCentreIsApproximate() {
        assertThat(Locations.place(null, null, "98118-1234")).contains(
                new Locations.Placed(47.542036, -122.268537, LocationPrecision.zip_centroid));
        // Sending the centre back (a read, then an unchanged write) keeps it approximate.
        assertThat(Locations.place(47.542036, -122.268537, "98118").orElseThrow().precision())
                .isEqualTo(LocationPrecision.zip_centroid);
        assertThat(Locations.place(null, null, null)).isEmpty();
        assertThatThrownBy(() -> Locations.place(null, null, "98111")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("unknown ZIP code 98111")
                .satisfies(e -> assertThat(((ProblemException) e).violations().get(0).field())
                        .isEqualTo("address.postalCode"));
    }
}
