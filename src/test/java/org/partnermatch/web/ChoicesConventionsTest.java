package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnermatch.common.DistrictConventions;
import org.partnermatch.vocabulary.DistanceUnit;

/** Pages show dates, times and distances the district's way: its time zone (not UTC), its locale, its unit. */
@io.quarkus.test.junit.QuarkusTest
class ChoicesConventionsTest {

    @Test
    void monthNamesAndLabelsFollowTheReadersLanguage() {
        Choices spanish = new Choices(List.of(), Map.of(), List.of(),
                new DistrictConventions.Dates(ZoneId.of("America/Los_Angeles"), Locale.US).in(Locale.forLanguageTag("es")),
                DistanceUnit.miles, io.quarkus.qute.i18n.MessageBundles.get(WebMessages.class,
                        io.quarkus.qute.i18n.Localized.Literal.of("es")));
        assertThat(spanish.day(java.time.LocalDate.of(2026, 12, 18))).isEqualTo("18 dic. 2026");
        assertThat(spanish.label(org.partnermatch.vocabulary.Timing.after_school)).isEqualTo("Después de clases");
        assertThat(spanish.language("so")).isEqualTo("somalí");
        assertThat(spanish.precision("zip_centroid")).startsWith("aproximada");
        assertThat(seattle.language("so")).isEqualTo("Somali");
    }

    private final Choices seattle = new Choices(List.of(), Map.of(), List.of(),
            new DistrictConventions.Dates(ZoneId.of("America/Los_Angeles"), Locale.US), DistanceUnit.miles, io.quarkus.qute.i18n.MessageBundles.get(WebMessages.class));

    @Test
    void timesAndDaysAreTheDistricts() {
        Instant evening = Instant.parse("2026-12-02T03:30:00Z"); // 7:30 PM on 1 December in Seattle
        assertThat(seattle.time(evening)).isEqualTo("Dec 1, 2026, 7:30 PM PST");
        assertThat(seattle.day(evening)).isEqualTo("Dec 1, 2026");
        assertThat(seattle.time(Instant.parse("2026-07-01T16:00:00Z"))).isEqualTo("Jul 1, 2026, 9:00 AM PDT");
        assertThat(seattle.day(java.time.LocalDate.of(2026, 12, 18))).isEqualTo("Dec 18, 2026");
    }

    @Test
    void aDistrictElsewhereWritesItsOwnWay() {
        Choices madrid = new Choices(List.of(), Map.of(), List.of(),
                new DistrictConventions.Dates(ZoneId.of("Europe/Madrid"), Locale.forLanguageTag("es-ES")), DistanceUnit.km,
                io.quarkus.qute.i18n.MessageBundles.get(WebMessages.class));
        assertThat(madrid.day(java.time.LocalDate.of(2026, 12, 18))).isEqualTo("18 dic 2026");
        assertThat(madrid.distance(3.21)).isEqualTo("3.2 km");
        assertThat(madrid.radius(new java.math.BigDecimal("7.50"))).isEqualTo("7.5 km");
    }

    @Test
    void distancesAreInMilesInAUsDistrict() {
        assertThat(seattle.distance(1.609344 * 2.34)).isEqualTo("2.3 miles");
        assertThat(seattle.radius(new java.math.BigDecimal("16.09"))).isEqualTo("10 miles");
        assertThat(seattle.radius(1.609344)).isEqualTo("1 mile");
        assertThat(seattle.distance(null)).isEmpty();
        assertThat(DistanceUnit.miles.toKm(new java.math.BigDecimal("5"))).isEqualByComparingTo("8.047");
        assertThat(DistanceUnit.miles.fromKm(new java.math.BigDecimal("8.047"))).isEqualByComparingTo("5");
    }

    @Test
    void anUnknownLocationIsSaidInWords() {
        assertThat(seattle.precision("unknown")).startsWith("not known yet");
        assertThat(seattle.precision("zip_centroid")).startsWith("approximate");
        assertThat(seattle.precision("exact")).isEmpty();
    }
}
