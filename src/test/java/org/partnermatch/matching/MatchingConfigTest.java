package org.partnermatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.partnermatch.matching.core.MatchFactor;
import org.partnermatch.matching.core.MatchWeights;

/** The district's weights are read for every factor of the registry, from properties and the environment. */
class MatchingConfigTest {

    @Test
    void unsetWeightsAreTheRegistryDefaults() {
        assertThat(MatchingConfig.weights(config(Map.of(), Map.of()))).isEqualTo(MatchWeights.defaults());
    }

    @Test
    void everyFactorIsReadInKebabCaseFromPropertiesAndEnvironment() {
        MatchWeights w = MatchingConfig.weights(config(
                Map.of("partnermatch.matching.weights.track-record", "2", "partnermatch.matching.weights.text", "0"),
                Map.of("PARTNERMATCH_MATCHING_WEIGHTS_CULTURAL_FIT", "4",
                        "PARTNERMATCH_MATCHING_WEIGHTS_RESPONSIVENESS", "1.25")));
        assertThat(w.weight(MatchFactor.TRACK_RECORD)).isEqualTo(2.0);
        assertThat(w.weight(MatchFactor.TEXT)).isZero();
        assertThat(w.weight(MatchFactor.CULTURAL_FIT)).isEqualTo(4.0);
        assertThat(w.weight(MatchFactor.RESPONSIVENESS)).isEqualTo(1.25);
        assertThat(w.weight(MatchFactor.CATEGORY)).isEqualTo(MatchFactor.CATEGORY.defaultWeight());
    }

    @Test
    void aBadWeightStopsStartNamingTheFactor() {
        assertThatThrownBy(() -> MatchingConfig.weights(
                config(Map.of("partnermatch.matching.weights.cost", "-1"), Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'cost'");
    }

    private static Config config(Map<String, String> properties, Map<String, String> environment) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 250))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
    }
}
