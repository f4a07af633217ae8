package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pages show dates and times in the district's time zone, not UTC. */
class ChoicesTimeZoneTest {

    private final Choices seattle = new Choices(List.of(), Map.of(), List.of(), ZoneId.of("America/Los_Angeles"));

    @Test
    void timesAndDaysAreTheDistricts() {
        Instant evening = Instant.parse("2026-12-02T03:30:00Z"); // 7:30 PM on 1 December in Seattle
        assertThat(seattle.time(evening)).isEqualTo("1 Dec 2026, 7:30 PM PST");
        assertThat(seattle.day(evening)).isEqualTo("1 Dec 2026");
        assertThat(seattle.time(Instant.parse("2026-07-01T16:00:00Z"))).isEqualTo("1 Jul 2026, 9:00 AM PDT");
        assertThat(seattle.day(java.time.LocalDate.of(2026, 12, 18))).isEqualTo("18 Dec 2026");
    }

    @Test
    void anUnknownLocationIsSaidInWords() {
        assertThat(seattle.precision("unknown")).startsWith("not known yet");
        assertThat(seattle.precision("zip_centroid")).startsWith("approximate");
        assertThat(seattle.precision("exact")).isEmpty();
    }
}
