package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchWeightsTest {

    @Test
    void defaultsAreTheDocumentedWeights() {
        assertThat(MatchWeights.defaults().asMap()).containsExactly(
                entry("category", 3.0), entry("text", 2.0), entry("grades", 1.0), entry("languages", 2.0),
                entry("timing", 1.5), entry("distance", 1.0), entry("cost", 1.0), entry("capacity", 1.0),
                entry("cultural_fit", 1.5), entry("track_record", 0.5), entry("priority", 1.0),
                entry("responsiveness", 0.5));
        assertThat(MatchWeights.defaults().total()).isEqualTo(16.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cultural_fit", "cultural-fit", "culturalFit", "CULTURAL_FIT"})
    void overridesAcceptSnakeKebabAndCamelCase(String name) {
        MatchWeights w = MatchWeights.defaultsWith(Map.of(name, 4.0));
        assertThat(w.weight(MatchFactor.CULTURAL_FIT)).isEqualTo(4.0);
        assertThat(w.weight(MatchFactor.CATEGORY)).isEqualTo(3.0);
    }

    @Test
    void overridesReplaceOnlyTheNamedFactors() {
        MatchWeights w = MatchWeights.defaults().withOverrides(Map.of("distance", 0.0, "track_record", 2.0));
        assertThat(w.weight(MatchFactor.DISTANCE)).isZero();
        assertThat(w.weight(MatchFactor.TRACK_RECORD)).isEqualTo(2.0);
        assertThat(w.weight(MatchFactor.TEXT)).isEqualTo(2.0);
    }

    @Test
    void emptyOverridesChangeNothing() {
        assertThat(MatchWeights.defaults().withOverrides(Map.of())).isEqualTo(MatchWeights.defaults());
        assertThat(MatchWeights.defaults().withOverrides(null)).isEqualTo(MatchWeights.defaults());
    }

    @Test
    void unknownNamesAreRejectedByName() {
        assertThatThrownBy(() -> MatchWeights.defaultsWith(Map.of("popularity", 1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'popularity'")
                .hasMessageContaining("cultural_fit");
    }

    @Test
    void negativeWeightsAreRejectedNamingTheFactor() {
        assertThatThrownBy(() -> MatchWeights.defaultsWith(Map.of("cost", -1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'cost'")
                .hasMessageContaining("-1.0");
    }

    @Test
    void nonFiniteAndMissingValuesAreRejectedNamingTheFactor() {
        assertThatThrownBy(() -> MatchWeights.defaultsWith(Map.of("text", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'text'");
        assertThatThrownBy(() -> MatchWeights.defaultsWith(Map.of("grades", Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'grades'");
        Map<String, Double> missing = new HashMap<>();
        missing.put("timing", null);
        assertThatThrownBy(() -> MatchWeights.defaultsWith(missing))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'timing'");
    }

    @Test
    void constructorRejectsNegativeWeightsNamingTheFactor() {
        assertThatThrownBy(() -> MatchWeights.of(3, 2, 1, 2, 1.5, 1, 1, 1, -1.5, 0.5, 1, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'cultural_fit'");
    }

    @Test
    void oneWeightPerFactorOfTheRegistry() {
        assertThatThrownBy(() -> MatchWeights.of(3, 2, 1, 2, 1.5, 1, 1, 1, 1.5, 0.5, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 12").hasMessageContaining("responsiveness");
        for (MatchFactor f : MatchFactor.values()) {
            assertThat(MatchWeights.defaults().weight(f)).isEqualTo(f.defaultWeight());
            assertThat(f.why()).isNotBlank();
        }
    }

    @Test
    void allZeroWeightsAreRejected() {
        assertThatThrownBy(() -> MatchWeights.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }

    @Test
    void factorNamesRoundTrip() {
        for (MatchFactor f : MatchFactor.values()) {
            assertThat(MatchFactor.byName(f.key())).contains(f);
        }
        assertThat(MatchFactor.byName("nope")).isEmpty();
        assertThat(MatchFactor.byName(null)).isEmpty();
    }

    @Test
    void aZeroWeightSwitchesAFactorOff() {
        Fixtures.Scenario near = Fixtures.scenario();
        near.organization.kmNorthOfSchool(0.5);
        Fixtures.Scenario far = Fixtures.scenario();
        far.organization.kmNorthOfSchool(9.0);
        MatchScorer noDistance = Fixtures.scorer(MatchWeights.defaultsWith(Map.of("distance", 0.0)));

        assertThat(near.score(noDistance).orElseThrow().total())
                .isEqualTo(far.score(noDistance).orElseThrow().total());
        assertThat(near.result().total()).isGreaterThan(far.result().total());
    }

    @Test
    void onlyRatiosMatter() {
        Fixtures.Scenario s = Fixtures.scenario();
        MatchWeights d = MatchWeights.defaults();
        MatchWeights doubled = MatchWeights.of(java.util.Arrays.stream(d.toArray()).map(w -> 2 * w).toArray());
        assertThat(s.score(Fixtures.scorer(doubled)).orElseThrow().total())
                .isCloseTo(s.result().total(), org.assertj.core.data.Offset.offset(1e-12));
    }
}
