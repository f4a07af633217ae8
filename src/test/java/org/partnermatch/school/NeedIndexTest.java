package org.partnermatch.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NeedIndexTest {

    @Test
    void highNeedTitleISchool() {
        // 100 × (0.45·0.9 + 0.30·1 + 0.10 + 0.15·1) = 95.5
        assertThat(NeedIndex.of(90, 45, true, 1)).isEqualTo(95.5);
    }

    @Test
    void lowNeedSchoolIsRoundedToOneDecimal() {
        // 100 × (0.45·0.1 + 0.30·(0.02/0.45) + 0 + 0) = 5.8333…
        assertThat(NeedIndex.of(10, 2, false, 5)).isEqualTo(5.8);
    }

    @Test
    void typicalTitleIMiddleSchool() {
        // 100 × (0.45·0.785 + 0.30·(0.32/0.45) + 0.10 + 0.15·0.75) = 77.908…
        assertThat(NeedIndex.of(78.5, 32, true, 2)).isEqualTo(77.9);
    }

    @Test
    void unknownQualityRankCountsAsTheMiddle() {
        // 100 × 0.15 × 0.5 = 7.5, same as rank 3
        assertThat(NeedIndex.of(0, 0, false, null)).isEqualTo(7.5);
        assertThat(NeedIndex.of(0, 0, false, 3)).isEqualTo(7.5);
    }

    @Test
    void englishLearnerShareSaturatesAt45Percent() {
        assertThat(NeedIndex.of(0, 45, false, 5)).isEqualTo(30.0);
        assertThat(NeedIndex.of(0, 90, false, 5)).isEqualTo(30.0);
        assertThat(NeedIndex.of(0, 22.5, false, 5)).isEqualTo(15.0);
    }

    @Test
    void extremesAreZeroAndHundred() {
        assertThat(NeedIndex.of(0, 0, false, 5)).isZero();
        assertThat(NeedIndex.of(100, 100, true, 1)).isEqualTo(100.0);
    }

    @Test
    void titleIAddsTenPoints() {
        assertThat(NeedIndex.of(50, 10, true, 3) - NeedIndex.of(50, 10, false, 3)).isEqualTo(10.0, within());
    }

    @Test
    void rejectsOutOfRangeInputs() {
        assertThatThrownBy(() -> NeedIndex.of(101, 0, false, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FRL");
        assertThatThrownBy(() -> NeedIndex.of(10, -1, false, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EL");
        assertThatThrownBy(() -> NeedIndex.of(10, 10, false, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rank");
        assertThatThrownBy(() -> NeedIndex.of(Double.NaN, 10, false, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    @org.junit.jupiter.api.Test
    void unknownPartsAreLeftOutAndNamedNeverZeroNorHighest() {
        var all = NeedIndex.assess(90.0, 45.0, true, 1);
        org.assertj.core.api.Assertions.assertThat(all.value()).isEqualTo(NeedIndex.of(90, 45, true, 1));
        org.assertj.core.api.Assertions.assertThat(all.complete()).isTrue();

        var frlOnly = NeedIndex.assess(90.0, null, null, null);
        org.assertj.core.api.Assertions.assertThat(frlOnly.value()).isEqualTo(80.0);
        org.assertj.core.api.Assertions.assertThat(frlOnly.missing())
                .containsExactly(NeedIndex.EL, NeedIndex.TITLE_I, NeedIndex.QUALITY);

        var nothing = NeedIndex.assess(null, null, null, 1);
        org.assertj.core.api.Assertions.assertThat(nothing.value()).isEqualTo(NeedIndex.UNKNOWN);
        org.assertj.core.api.Assertions.assertThat(nothing.missing())
                .containsExactly(NeedIndex.FRL, NeedIndex.EL, NeedIndex.TITLE_I);

        // A school known to be poor but with unknown EL share is not pushed down by the unknown part.
        org.assertj.core.api.Assertions.assertThat(NeedIndex.assess(95.0, null, true, null).value())
                .isGreaterThan(NeedIndex.assess(95.0, 0.0, true, null).value());
    }
}
