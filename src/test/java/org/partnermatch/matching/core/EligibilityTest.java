package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Modality;

/** Each hard constraint, alone, flips an otherwise eligible offering. */
class EligibilityTest {

    private final MatchScorer scorer = Fixtures.scorer();

    private static Fixtures.Scenario eligible() {
        return Fixtures.scenario();
    }

    private void assertIneligible(Fixtures.Scenario s, Eligibility expected) {
        assertThat(s.eligibility(scorer)).isEqualTo(expected);
        assertThat(s.score(scorer)).isEmpty();
        assertThat(scorer.quickTotal(s.prepared(scorer), s.candidate())).isEqualTo(MatchScorer.INELIGIBLE);
    }

    @Test
    void baselineScenarioIsEligible() {
        Fixtures.Scenario s = eligible();
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(s.score(scorer)).isPresent();
        assertThat(scorer.quickTotal(s.prepared(scorer), s.candidate())).isBetween(0.0, 1.0);
    }

    @Test
    void organizationMustBeApproved() {
        Fixtures.Scenario s = eligible();
        s.organization.approved(false);
        assertIneligible(s, Eligibility.ORGANIZATION_NOT_APPROVED);
    }

    @Test
    void offeringMustBeActive() {
        Fixtures.Scenario s = eligible();
        s.offering.active(false);
        assertIneligible(s, Eligibility.OFFERING_INACTIVE);
    }

    @Test
    void offeringMustHaveCapacityLeft() {
        Fixtures.Scenario s = eligible();
        s.offering.capacity(0);
        assertIneligible(s, Eligibility.NO_CAPACITY);
        s.offering.capacity(CapacityUnit.schools, -2);
        assertIneligible(s, Eligibility.NO_CAPACITY);
        s.offering.capacity(CapacityUnit.schools, 1);
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void gradeRangesMustOverlap() {
        Fixtures.Scenario s = eligible();
        s.offering.grades(9, 12);
        assertIneligible(s, Eligibility.GRADES_DISJOINT);
        s.offering.grades(-1, 5);
        assertIneligible(s, Eligibility.GRADES_DISJOINT);
    }

    @Test
    void gradeRangesTouchingAtOneGradeOverlap() {
        Fixtures.Scenario s = eligible();
        s.offering.grades(8, 12);
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void siblingCategoryIsAWeakerMatch() {
        Fixtures.Scenario s = eligible();
        s.offering.categories("reading");
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void anOrganizationThatDeclinedTheNeedIsLeftOutAndOthersAreNot() {
        Fixtures.Scenario s = eligible();
        s.need.declinedBy(s.organization.id);
        assertIneligible(s, Eligibility.DECLINED_RECENTLY);
        // the pool scan agrees with the pair-by-pair check
        PreparedNeed need = s.prepared(scorer);
        assertThat(scorer.bestMatches(need, java.util.List.of(s.candidate()), 5)).isEmpty();
        assertThat(scorer.quickTotal(need, s.candidate())).isEqualTo(MatchScorer.INELIGIBLE);

        Fixtures.Scenario other = eligible();
        other.need.declinedBy(java.util.UUID.randomUUID());
        assertThat(other.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void unrelatedCategoryIsNotAMatch() {
        Fixtures.Scenario s = eligible();
        s.offering.categories("clothing", "basic_needs");
        assertIneligible(s, Eligibility.CATEGORY_MISMATCH);
    }

    @Test
    void offeringWithoutCategoriesIsNotAMatch() {
        Fixtures.Scenario s = eligible();
        s.offering.categories();
        assertIneligible(s, Eligibility.CATEGORY_MISMATCH);
    }

    @Test
    void parentAndChildCategoriesMatch() {
        Fixtures.Scenario parent = eligible();
        parent.offering.categories("academic");
        assertThat(parent.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);

        Fixtures.Scenario child = eligible();
        child.need.category("academic");
        child.offering.categories("math");
        assertThat(child.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void oneMatchingCategoryAmongSeveralIsEnough() {
        Fixtures.Scenario s = eligible();
        s.offering.categories("clothing", "reading", "math");
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void inPersonSchoolMustBeInsideTheRadius() {
        Fixtures.Scenario s = eligible();
        s.organization.kmNorthOfSchool(12.0).radiusKm(10.0);
        assertIneligible(s, Eligibility.OUTSIDE_SERVICE_AREA);
        s.organization.kmNorthOfSchool(9.9);
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void hybridIsBoundToTheServiceAreaToo() {
        Fixtures.Scenario s = eligible();
        s.offering.modality(Modality.hybrid);
        s.organization.kmNorthOfSchool(30.0);
        assertIneligible(s, Eligibility.OUTSIDE_SERVICE_AREA);
    }

    @Test
    void virtualOfferingsIgnoreTheServiceArea() {
        Fixtures.Scenario s = eligible();
        s.offering.modality(Modality.virtual);
        s.organization.kmNorthOfSchool(300.0).radiusKm(null);
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void aServedRegionPutsTheSchoolInsideTheAreaWhateverTheDistance() {
        Fixtures.Scenario s = eligible();
        s.organization.kmNorthOfSchool(40.0).radiusKm(5.0).regions("southeast");
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void regionOnlyOrganizationServesOnlyItsRegions() {
        Fixtures.Scenario s = eligible();
        s.organization.noLocation().radiusKm(null).regions("Southeast");
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
        s.school.region("North");
        assertIneligible(s, Eligibility.OUTSIDE_SERVICE_AREA);
    }

    @Test
    void organizationWithNeitherRadiusNorRegionsServesNowhereInPerson() {
        Fixtures.Scenario s = eligible();
        s.organization.kmNorthOfSchool(0.0).radiusKm(null).regions();
        assertIneligible(s, Eligibility.OUTSIDE_SERVICE_AREA);
        s.offering.modality(Modality.virtual);
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void radiusWithoutALocationServesNowhere() {
        Fixtures.Scenario s = eligible();
        s.organization.noLocation().radiusKm(50.0);
        assertIneligible(s, Eligibility.OUTSIDE_SERVICE_AREA);
    }

    @Test
    void zeroRadiusIsNoRadius() {
        Fixtures.Scenario s = eligible();
        s.organization.kmNorthOfSchool(0.0).radiusKm(0.0);
        assertIneligible(s, Eligibility.OUTSIDE_SERVICE_AREA);
    }

    @Test
    void theCheapestFailingConstraintIsReportedFirst() {
        Fixtures.Scenario s = eligible();
        s.organization.approved(false);
        s.offering.active(false).categories("reading");
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.ORGANIZATION_NOT_APPROVED);
    }

    @Test
    void everyOutcomeHasAReason() {
        for (Eligibility e : Eligibility.values()) {
            assertThat(e.reason()).isNotBlank();
            assertThat(e.isEligible()).isEqualTo(e == Eligibility.ELIGIBLE);
        }
    }
}
