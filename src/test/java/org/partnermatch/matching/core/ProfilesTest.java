package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The input records validate and normalise what they are given. */
class ProfilesTest {

    @Test
    void gradesMustBeAnOrderedRangeWithinPreKToAdultEducation() {
        Fixtures.Scenario s = Fixtures.scenario();
        s.need.grades(8, 6);
        assertThatThrownBy(s::needProfile).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grade");
        s.need.grades(-2, 3);
        assertThatThrownBy(s::needProfile).isInstanceOf(IllegalArgumentException.class);
        s.offering.grades(0, 14);
        assertThatThrownBy(s::offeringProfile).isInstanceOf(IllegalArgumentException.class);
        s.offering.grades(0, 13); // K to AE (adult education)
        org.assertj.core.api.Assertions.assertThat(s.offeringProfile().gradeHigh()).isEqualTo(13);
        s.need.grades(13, 13);
        org.assertj.core.api.Assertions.assertThat(s.needProfile().gradeLow()).isEqualTo(13);
    }

    @Test
    void needRejectsNegativeStudentsAndBlankCategory() {
        Fixtures.Scenario s = Fixtures.scenario();
        s.need.students(-1);
        assertThatThrownBy(s::needProfile).hasMessageContaining("studentsAffected");
        s.need.students(1).category(" ");
        assertThatThrownBy(s::needProfile).hasMessageContaining("categoryCode");
    }

    @Test
    void codesAreTrimmedLowerCasedAndBlanksDropped() {
        Fixtures.Scenario s = Fixtures.scenario();
        s.need.languages(new HashSet<>(Arrays.asList(" SO ", "", "Es", null))).category(" Math ");
        NeedProfile need = s.needProfile();
        assertThat(need.languages()).containsExactlyInAnyOrder("so", "es");
        assertThat(need.categoryCode()).isEqualTo("math");
        s.offering.categories("MATH", "Academic");
        assertThat(s.offeringProfile().categories()).containsExactly("math", "academic");
    }

    @Test
    void collectionsAreImmutableCopies() {
        Fixtures.Scenario s = Fixtures.scenario();
        HashSet<String> languages = new HashSet<>(List.of("so"));
        s.need.languages(languages);
        NeedProfile need = s.needProfile();
        languages.add("am");
        assertThat(need.languages()).containsExactly("so");
        assertThatThrownBy(() -> need.languages().add("vi")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> need.timings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void schoolRejectsImpossibleEquityNumbersAndCoordinates() {
        assertThatThrownBy(() -> Fixtures.scenario().school.frl(120).build()).hasMessageContaining("FRL");
        assertThatThrownBy(() -> Fixtures.scenario().school.ell(-3).build()).hasMessageContaining("EL");
        assertThatThrownBy(() -> Fixtures.scenario().school.qualityRank(0).build()).hasMessageContaining("rank");
        assertThatThrownBy(() -> Fixtures.scenario().school.at(91, 0).build()).hasMessageContaining("coordinates");
    }

    @Test
    void organizationNeedsBothCoordinatesOrNeitherAndANonNegativeRadius() {
        assertThatThrownBy(() -> Fixtures.scenario().organization.at(47.0, null).build())
                .hasMessageContaining("together");
        assertThatThrownBy(() -> Fixtures.scenario().organization.radiusKm(-1.0).build())
                .hasMessageContaining("serviceRadiusKm");
        assertThat(Fixtures.scenario().organization.noLocation().build().hasLocation()).isFalse();
    }

    @Test
    void missingTrackRecordMeansNoRatings() {
        Fixtures.OrganizationBuilder b = Fixtures.scenario().organization;
        b.trackRecord = null;
        assertThat(b.build().trackRecord()).isEqualTo(TrackRecord.none());
    }

    @Test
    void trackRecordRejectsImpossibleSums() {
        assertThatThrownBy(() -> new TrackRecord(7, 40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrackRecord(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrackRecord(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TrackRecord(2, 7).average()).isEqualTo(3.5);
    }

    @Test
    void candidateRequiresTheOfferingsOwnOrganization() {
        Fixtures.Scenario s = Fixtures.scenario();
        OfferingProfile foreign = s.offering.build(UUID.randomUUID());
        assertThatThrownBy(() -> MatchCandidate.of(foreign, s.organizationProfile()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to organization");
    }

    @Test
    void preparedNeedRequiresTheNeedsOwnSchool() {
        Fixtures.Scenario s = Fixtures.scenario();
        NeedProfile foreign = s.need.build(UUID.randomUUID());
        assertThatThrownBy(() -> Fixtures.scorer().prepare(foreign, s.schoolProfile()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to school");
    }

    @Test
    void matchResultAndFactorScoreRejectOutOfRangeScores() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> new MatchResult(id, id, id, id, 1.01, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FactorScore(MatchFactor.COST, -0.1, 1, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cost");
        assertThat(new MatchResult(id, id, id, id, 0.87654, List.of(), List.of()).percent()).isEqualTo(87.7);
    }
}
