package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HaversineTest {

    @Test
    void sameSpotIsZeroKm() {
        assertThat(Haversine.km(47.6, -122.3, 47.6, -122.3)).isZero();
    }

    @Test
    void oneDegreeOfLatitudeIsAbout111Km() {
        assertThat(Haversine.km(47.0, -122.0, 48.0, -122.0)).isCloseTo(111.195, within(0.01));
    }

    @Test
    void seattleToTacomaIsAbout40Km() {
        // Seattle City Hall to Tacoma City Hall: about 40 km as the crow flies
        assertThat(Haversine.km(47.6036, -122.3294, 47.2529, -122.4443)).isCloseTo(39.9, within(0.5));
    }

    @Test
    void isSymmetric() {
        assertThat(Haversine.km(47.5, -122.2, 47.7, -122.4)).isEqualTo(Haversine.km(47.7, -122.4, 47.5, -122.2));
    }

    @Test
    void antipodesAreHalfTheCircumference() {
        assertThat(Haversine.km(0, 0, 0, 180)).isCloseTo(Math.PI * Haversine.EARTH_RADIUS_KM, within(1e-6));
    }
}
