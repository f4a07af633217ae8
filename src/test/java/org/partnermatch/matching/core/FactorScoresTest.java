package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Priority;
import org.partnermatch.vocabulary.Timing;

/** Each soft factor's score at its edges, and the sentence that explains it. */
class FactorScoresTest {

    private static final double EPS = 1e-9;

    private static Fixtures.Scenario scenario() {
        return Fixtures.scenario();
    }

    @Nested
    class Category {

        @Test
        void exactCategoryScoresOneAndNamesTheCategory() {
            FactorScore f = scenario().factor(MatchFactor.CATEGORY);
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.weight()).isEqualTo(3.0);
            assertThat(f.reason()).isEqualTo("Exact category: Math tutoring");
        }

        @Test
        void broaderOfferingCategoryScoresHalf() {
            Fixtures.Scenario s = scenario();
            s.offering.categories("academic");
            FactorScore f = s.factor(MatchFactor.CATEGORY);
            assertThat(f.score()).isEqualTo(0.5);
            assertThat(f.reason()).isEqualTo("Broader category: Academic includes Math tutoring");
        }

        @Test
        void narrowerOfferingCategoryScoresHalf() {
            Fixtures.Scenario s = scenario();
            s.need.category("academic");
            s.offering.categories("math");
            FactorScore f = s.factor(MatchFactor.CATEGORY);
            assertThat(f.score()).isEqualTo(0.5);
            assertThat(f.reason()).isEqualTo("Narrower category: Math tutoring within Academic");
        }

        @Test
        void exactWinsOverParentAmongSeveralCategories() {
            Fixtures.Scenario s = scenario();
            s.offering.categories("academic", "math");
            assertThat(s.factor(MatchFactor.CATEGORY).score()).isEqualTo(1.0);
        }

        @Test
        void categoryWithoutANameIsShownByCode() {
            Fixtures.Scenario s = scenario();
            s.need.category("stem");
            s.offering.categories("stem");
            assertThat(s.factor(MatchFactor.CATEGORY).reason()).isEqualTo("Exact category: stem");
        }
    }

    @Nested
    class Text {

        @Test
        void allKeyWordsInTheOfferingNameScoreOne() {
            FactorScore f = scenario().factor(MatchFactor.TEXT);
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.reason()).isEqualTo("Mentions math, tutoring (2 of 2 key words; 2 in the offering name)");
        }

        @Test
        void wordsInTheOfferingDescriptionCountLessThanInTheName() {
            Fixtures.Scenario s = scenario();
            s.offering.name("After-school help").description("Tutoring in math");
            FactorScore f = s.factor(MatchFactor.TEXT);
            assertThat(f.score()).isCloseTo(MatchCandidate.OFFERING_TEXT_CREDIT, within(EPS));
            assertThat(f.reason()).isEqualTo("Mentions math, tutoring (2 of 2 key words)");
        }

        @Test
        void wordsOnlyInTheOrganizationDescriptionCountLeast() {
            Fixtures.Scenario s = scenario();
            s.offering.name("Homework club").description(null);
            s.organization.description("We run math tutoring across the city");
            assertThat(s.factor(MatchFactor.TEXT).score()).isCloseTo(MatchCandidate.ORGANIZATION_TEXT_CREDIT,
                    within(EPS));
        }

        @Test
        void inflectedFormsMatch() {
            Fixtures.Scenario s = scenario();
            s.need.title("Tutors for mathematics").description(null);
            s.offering.name("Tutoring").description(null);
            s.organization.description(null);
            // "tutors" ~ "tutoring"; "mathematics" is not "math": 1 of 2 title words
            assertThat(s.factor(MatchFactor.TEXT).score()).isCloseTo(0.5, within(EPS));
        }

        @Test
        void communityPhrasesAndOrganizationTextHitIdentityWords() {
            Fixtures.Scenario serving = scenario();
            serving.need.category("mentoring").title("Mentoring for Black male students").languages();
            serving.offering.categories("mentoring").name("Youth mentoring").description(null);
            serving.organization.description("Serving Black male youth since 1998").communities("Black");

            Fixtures.Scenario generic = scenario();
            generic.need.category("mentoring").title("Mentoring for Black male students").languages();
            generic.offering.categories("mentoring").name("Youth mentoring").description(null);
            generic.organization.description("Neighborhood youth programs").communities("families");

            FactorScore hit = serving.factor(MatchFactor.TEXT);
            FactorScore miss = generic.factor(MatchFactor.TEXT);
            // mentor (name, 1.0) + black, male (organization, 0.6 each), all title words: (2 + 1.2 + 1.2) / 6
            assertThat(hit.score()).isCloseTo(4.4 / 6, within(EPS));
            assertThat(miss.score()).isCloseTo(2.0 / 6, within(EPS));
            assertThat(hit.reason()).isEqualTo("Mentions mentoring, black, male (3 of 3 key words; 1 in the offering name)");
        }

        @Test
        void communitiesServedAloneCountAsOrganizationText() {
            Fixtures.Scenario s = scenario();
            s.need.title("Support for Somali families").description(null);
            s.offering.name("Homework club").description(null);
            s.organization.description(null).communities("Somali families");
            // "support" is a stop word; somali and family found among communities served
            assertThat(s.factor(MatchFactor.TEXT).score()).isCloseTo(0.6, within(EPS));
        }

        @Test
        void titleWordsWeighDoubleDescriptionWords() {
            Fixtures.Scenario algebra = scenario();
            algebra.need.title("Algebra").description("Also geometry");
            algebra.offering.name("Algebra lab").description(null);
            algebra.organization.description(null).communities();

            Fixtures.Scenario geometry = scenario();
            geometry.need.title("Algebra").description("Also geometry");
            geometry.offering.name("Geometry lab").description(null);
            geometry.organization.description(null).communities();

            assertThat(algebra.factor(MatchFactor.TEXT).score()).isCloseTo(2.0 / 3, within(EPS));
            assertThat(geometry.factor(MatchFactor.TEXT).score()).isCloseTo(1.0 / 3, within(EPS));
        }

        @Test
        void noSharedWordsScoresZero() {
            Fixtures.Scenario s = scenario();
            s.offering.name("Chess club").description("Strategy games");
            FactorScore f = s.factor(MatchFactor.TEXT);
            assertThat(f.score()).isZero();
            assertThat(f.reason()).isEqualTo("No key words in common");
        }

        @Test
        void needWithoutKeyWordsIsNeutral() {
            Fixtures.Scenario s = scenario();
            s.need.title("Students at our school").description(null);
            FactorScore f = s.factor(MatchFactor.TEXT);
            assertThat(f.score()).isEqualTo(0.5);
            assertThat(f.reason()).isEqualTo("No key words to compare");
        }

        @Test
        void longListsOfWordsAreCutShort() {
            Fixtures.Scenario s = scenario();
            s.need.title("math algebra geometry fractions decimals statistics").description(null);
            s.offering.name("math algebra geometry fractions decimals statistics").description(null);
            assertThat(s.factor(MatchFactor.TEXT).reason())
                    .isEqualTo("Mentions math, algebra, geometry, fractions, decimals, \u2026 (6 of 6 key words; 6 in the offering name)");
        }
    }

    @Nested
    class GradeCoverage {

        @Test
        void fullCoverageScoresOne() {
            FactorScore f = scenario().factor(MatchFactor.GRADES);
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.reason()).isEqualTo("Covers grades 6-8 (all requested)");
        }

        @Test
        void partialCoverageIsTheShareOfGrades() {
            Fixtures.Scenario s = scenario();
            s.offering.grades(4, 7);
            FactorScore f = s.factor(MatchFactor.GRADES);
            assertThat(f.score()).isCloseTo(2.0 / 3, within(EPS));
            assertThat(f.reason()).isEqualTo("Covers grades 6-7 (2 of 3 requested)");
        }

        @Test
        void preKAndKindergartenAreNamed() {
            Fixtures.Scenario s = scenario();
            s.need.grades(-1, 2);
            s.offering.grades(0, 5);
            FactorScore f = s.factor(MatchFactor.GRADES);
            assertThat(f.score()).isEqualTo(0.75);
            assertThat(f.reason()).isEqualTo("Covers grades K-2 (3 of 4 requested)");
        }

        @Test
        void singleGradeIsSingular() {
            Fixtures.Scenario s = scenario();
            s.need.grades(-1, -1);
            s.offering.grades(-1, 5);
            assertThat(s.factor(MatchFactor.GRADES).reason()).isEqualTo("Covers grade PK (all requested)");
        }
    }

    @Nested
    class LanguageMatch {

        @Test
        void staffSpeakingTheRequestedLanguageScoresOne() {
            FactorScore f = scenario().factor(MatchFactor.LANGUAGES);
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.reason()).isEqualTo("Staff speak Somali (1 of 1 requested)");
        }

        @Test
        void noRequestedLanguageScoresOne() {
            Fixtures.Scenario s = scenario();
            s.need.languages();
            FactorScore f = s.factor(MatchFactor.LANGUAGES);
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.reason()).isEqualTo("No language requested");
        }

        @Test
        void theOfferingsOwnLanguagesCountToo() {
            Fixtures.Scenario s = scenario();
            s.need.languages("es");
            s.offering.languages("en", "es");
            s.organization.staffLanguages("en");
            FactorScore f = s.factor(MatchFactor.LANGUAGES);
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.reason()).isEqualTo("Offered in Spanish (1 of 1 requested)");
        }

        @Test
        void staffAndOfferingLanguagesCombine() {
            Fixtures.Scenario s = scenario();
            s.need.languages("so", "es");
            s.offering.languages("es");
            assertThat(s.factor(MatchFactor.LANGUAGES).reason())
                    .isEqualTo("Staff speak Somali; offered in Spanish (2 of 2 requested)");
        }

        @Test
        void partialCoverageNamesWhatIsMissing() {
            Fixtures.Scenario s = scenario();
            s.need.languages("so", "am");
            FactorScore f = s.factor(MatchFactor.LANGUAGES);
            assertThat(f.score()).isEqualTo(0.5);
            assertThat(f.reason()).isEqualTo("Staff speak Somali (1 of 2 requested; not Amharic)");
        }

        @Test
        void noneSpokenScoresZero() {
            Fixtures.Scenario s = scenario();
            s.need.languages("am");
            FactorScore f = s.factor(MatchFactor.LANGUAGES);
            assertThat(f.score()).isZero();
            assertThat(f.reason()).isEqualTo("Does not offer Amharic (0 of 1 requested)");
        }

        @Test
        void codesAreComparedCaseInsensitively() {
            Fixtures.Scenario s = scenario();
            s.need.languages(" SO ");
            s.organization.staffLanguages("So");
            assertThat(s.factor(MatchFactor.LANGUAGES).score()).isEqualTo(1.0);
        }
    }

    @Nested
    class TimingOverlap {

        @Test
        void matchingTimeScoresOne() {
            FactorScore f = scenario().factor(MatchFactor.TIMING);
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.reason()).isEqualTo("Runs after school (1 of 1 requested times)");
        }

        @Test
        void partialOverlapIsTheShareOfRequestedTimes() {
            Fixtures.Scenario s = scenario();
            s.need.timings(Timing.weekend, Timing.after_school);
            FactorScore f = s.factor(MatchFactor.TIMING);
            assertThat(f.score()).isEqualTo(0.5);
            assertThat(f.reason()).isEqualTo("Runs after school (1 of 2 requested times)");
        }

        @Test
        void severalTimesAreJoinedWithAnd() {
            Fixtures.Scenario s = scenario();
            s.need.timings(Timing.weekend, Timing.after_school);
            s.offering.timings(Timing.after_school, Timing.weekend, Timing.summer);
            assertThat(s.factor(MatchFactor.TIMING).reason())
                    .isEqualTo("Runs after school and on weekends (2 of 2 requested times)");
        }

        @Test
        void needForAnyTimeScoresOne() {
            Fixtures.Scenario s = scenario();
            s.need.timings();
            s.offering.timings(Timing.summer);
            FactorScore f = s.factor(MatchFactor.TIMING);
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.reason()).isEqualTo("Any time works for the school");
        }

        @Test
        void offeringWithoutListedTimesIsFlexible() {
            Fixtures.Scenario s = scenario();
            s.offering.timings();
            FactorScore f = s.factor(MatchFactor.TIMING);
            assertThat(f.score()).isEqualTo(0.5);
            assertThat(f.reason()).isEqualTo("Schedule not listed; treated as flexible");
        }

        @Test
        void disjointTimesScoreZero() {
            Fixtures.Scenario s = scenario();
            s.need.timings(Timing.evening);
            FactorScore f = s.factor(MatchFactor.TIMING);
            assertThat(f.score()).isZero();
            assertThat(f.reason()).isEqualTo("Does not run at the requested times (0 of 1 requested times)");
        }
    }

    @Nested
    class Distance {

        @Test
        void decaysLinearlyInsideTheRadius() {
            Fixtures.Scenario s = scenario();
            s.organization.kmNorthOfSchool(0.0);
            assertThat(s.factor(MatchFactor.DISTANCE).score()).isCloseTo(1.0, within(1e-6));
            s.organization.kmNorthOfSchool(5.0);
            assertThat(s.factor(MatchFactor.DISTANCE).score()).isCloseTo(0.5, within(1e-6));
            s.organization.kmNorthOfSchool(2.0);
            assertThat(s.factor(MatchFactor.DISTANCE).score()).isCloseTo(0.8, within(1e-6));
        }

        @Test
        void neverDropsBelowATenthInsideTheArea() {
            Fixtures.Scenario s = scenario();
            s.organization.kmNorthOfSchool(9.99);
            assertThat(s.factor(MatchFactor.DISTANCE).score()).isEqualTo(0.1);
        }

        @Test
        void sentenceGivesDistanceAndRadius() {
            Fixtures.Scenario s = scenario();
            s.organization.kmNorthOfSchool(3.2);
            assertThat(s.factor(MatchFactor.DISTANCE).reason())
                    .isEqualTo("3.2 km away, inside its service area (10 km)");
            s.organization.radiusKm(7.5);
            assertThat(s.factor(MatchFactor.DISTANCE).reason())
                    .isEqualTo("3.2 km away, inside its service area (7.5 km)");
        }

        @Test
        void sentenceSpeaksTheDistrictsUnit() {
            Fixtures.Scenario s = scenario();
            s.organization.kmNorthOfSchool(3.2);
            MatchScorer miles = new MatchScorer(MatchWeights.defaults(), CategoryScores.defaults(), Fixtures.TAXONOMY,
                    org.partnermatch.vocabulary.DistanceUnit.miles);
            assertThat(s.score(miles).orElseThrow().factor(MatchFactor.DISTANCE).orElseThrow().reason())
                    .isEqualTo("2.0 miles away, inside its service area (6.2 miles)");
        }

        @Test
        void virtualNeedsNoTravel() {
            Fixtures.Scenario s = scenario();
            s.offering.modality(Modality.virtual);
            s.organization.kmNorthOfSchool(400.0);
            FactorScore f = s.factor(MatchFactor.DISTANCE);
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.reason()).isEqualTo("Virtual: no travel needed");
        }

        @Test
        void hybridIsHalfVirtual() {
            Fixtures.Scenario s = scenario();
            s.offering.modality(Modality.hybrid);
            s.organization.kmNorthOfSchool(5.0);
            FactorScore f = s.factor(MatchFactor.DISTANCE);
            assertThat(f.score()).isCloseTo(0.75, within(1e-6));
            assertThat(f.reason()).isEqualTo("Hybrid, 5.0 km away, inside its service area (10 km)");
        }

        @Test
        void regionOnlyOrganizationWithoutLocationIsNeutral() {
            Fixtures.Scenario s = scenario();
            s.organization.noLocation().radiusKm(null).regions("Southeast");
            FactorScore f = s.factor(MatchFactor.DISTANCE);
            assertThat(f.score()).isEqualTo(0.5);
            assertThat(f.reason()).isEqualTo("In its Southeast service region");
        }

        @Test
        void regionOnlyOrganizationIsJudgedAgainstAReferenceRadius() {
            Fixtures.Scenario s = scenario();
            s.organization.kmNorthOfSchool(3.0).radiusKm(null).regions("Southeast");
            FactorScore f = s.factor(MatchFactor.DISTANCE);
            assertThat(f.score()).isCloseTo(1 - 3.0 / FactorFormulas.DEFAULT_REFERENCE_KM, within(1e-6));
            assertThat(f.reason()).isEqualTo("3.0 km away, in its Southeast service region");
        }

        @Test
        void servedByRegionBeyondTheRadiusGetsTheFloor() {
            Fixtures.Scenario s = scenario();
            s.organization.kmNorthOfSchool(40.0).radiusKm(5.0).regions("Southeast");
            assertThat(s.factor(MatchFactor.DISTANCE).score()).isEqualTo(0.1);
        }
    }

    @Nested
    class CostFactor {

        @Test
        void freeSlidingScaleAndFee() {
            Fixtures.Scenario s = scenario();
            assertThat(s.factor(MatchFactor.COST).score()).isEqualTo(1.0);
            assertThat(s.factor(MatchFactor.COST).reason()).isEqualTo("Free");
            s.offering.cost(Cost.sliding_scale);
            assertThat(s.factor(MatchFactor.COST).score()).isEqualTo(0.7);
            assertThat(s.factor(MatchFactor.COST).reason()).isEqualTo("Sliding-scale cost");
            s.offering.cost(Cost.fee);
            assertThat(s.factor(MatchFactor.COST).score()).isEqualTo(0.3);
            assertThat(s.factor(MatchFactor.COST).reason()).isEqualTo("Fee-based");
        }

        @Test
        void costMattersHalfAsMuchAtALowNeedSchool() {
            Fixtures.Scenario s = scenario();
            s.school.titleI(false).frl(25);
            s.offering.cost(Cost.sliding_scale);
            assertThat(s.factor(MatchFactor.COST).score()).isCloseTo(0.85, within(EPS));
            s.offering.cost(Cost.fee);
            assertThat(s.factor(MatchFactor.COST).score()).isCloseTo(0.65, within(EPS));
            assertThat(s.factor(MatchFactor.COST).reason()).isEqualTo("Fee-based (cost weighs less at this school)");
            s.offering.cost(Cost.free);
            assertThat(s.factor(MatchFactor.COST).score()).isEqualTo(1.0);
        }

        @Test
        void titleIOrFrlOf40PercentKeepsFullCostWeight() {
            Fixtures.Scenario titleI = scenario();
            titleI.school.titleI(true).frl(10);
            titleI.offering.cost(Cost.fee);
            assertThat(titleI.factor(MatchFactor.COST).score()).isEqualTo(0.3);

            Fixtures.Scenario frl40 = scenario();
            frl40.school.titleI(false).frl(40);
            frl40.offering.cost(Cost.fee);
            assertThat(frl40.factor(MatchFactor.COST).score()).isEqualTo(0.3);
        }
    }

    @Nested
    class Capacity {

        @Test
        void ampleRoomScoresOne() {
            FactorScore f = scenario().factor(MatchFactor.CAPACITY);
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.reason()).isEqualTo("Room for 60 more students (need: 40)");
        }

        @Test
        void partialRoomIsTheShareOfStudents() {
            Fixtures.Scenario s = scenario();
            s.offering.capacity(25);
            FactorScore f = s.factor(MatchFactor.CAPACITY);
            assertThat(f.score()).isEqualTo(0.625);
            assertThat(f.reason()).isEqualTo("Room for 25 more students (need: 40)");
        }

        @Test
        void schoolCapacityNeedsOnePlace() {
            Fixtures.Scenario s = scenario();
            s.offering.capacity(CapacityUnit.schools, 1);
            FactorScore f = s.factor(MatchFactor.CAPACITY);
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.reason()).isEqualTo("Room for 1 more school");
        }

        @Test
        void uncountedStudentsScoreOne() {
            Fixtures.Scenario s = scenario();
            s.need.students(0);
            s.offering.capacity(1);
            FactorScore f = s.factor(MatchFactor.CAPACITY);
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.reason()).isEqualTo("Room for 1 more student");
        }
    }

    @Nested
    class CulturalFit {

        @Test
        void sharedHomeLanguageThroughStaff() {
            // home languages so, es (English not counted); staff speak so
            FactorScore f = scenario().factor(MatchFactor.CULTURAL_FIT);
            assertThat(f.score()).isEqualTo(0.5);
            assertThat(f.reason()).isEqualTo("Staff speak Somali (1 of 2 home languages)");
        }

        @Test
        void communitiesServedNamingTheLanguagesCommunityCount() {
            Fixtures.Scenario s = scenario();
            s.organization.staffLanguages("en").communities("East African", "Latino families");
            FactorScore f = s.factor(MatchFactor.CULTURAL_FIT);
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.reason())
                    .isEqualTo("Communities served include Latino families, East African (2 of 2 home languages)");
        }

        @Test
        void ethiopianLanguagesMapToEastAfricanCommunities() {
            Fixtures.Scenario s = scenario();
            s.school.homeLanguages("am", "ti", "om");
            s.organization.staffLanguages("en").communities("Ethiopian and Eritrean families");
            assertThat(s.factor(MatchFactor.CULTURAL_FIT).score()).isEqualTo(1.0);
        }

        @Test
        void languageNameInCommunitiesServedCountsForAnyLanguage() {
            Fixtures.Scenario s = scenario();
            s.school.homeLanguages("ne");
            s.organization.staffLanguages("en").communities("Nepali-speaking families");
            assertThat(s.factor(MatchFactor.CULTURAL_FIT).score()).isEqualTo(1.0);
        }

        @Test
        void noSharedLanguageOrCommunityScoresZero() {
            Fixtures.Scenario s = scenario();
            s.school.homeLanguages("en", "vi");
            FactorScore f = s.factor(MatchFactor.CULTURAL_FIT);
            assertThat(f.score()).isZero();
            assertThat(f.reason()).isEqualTo("No shared home languages or communities (0 of 1)");
        }

        @Test
        void englishOnlySchoolIsNeutral() {
            Fixtures.Scenario s = scenario();
            s.school.homeLanguages("en");
            FactorScore f = s.factor(MatchFactor.CULTURAL_FIT);
            assertThat(f.score()).isEqualTo(0.5);
            assertThat(f.reason()).isEqualTo("No home languages other than English listed");
        }

        @Test
        void communityLeadershipCountsMoreAtHighNeedSchools() {
            Fixtures.Scenario high = scenario();
            high.organization.leadership(Leadership.black_led);
            Fixtures.Scenario low = scenario();
            low.school.affluent();
            low.organization.leadership(Leadership.black_led);

            double highIndex = high.schoolProfile().needIndex();
            double lowIndex = low.schoolProfile().needIndex();
            double highBonus = 0.1 + 0.3 * highIndex / 100;
            double lowBonus = 0.1 + 0.3 * lowIndex / 100;
            assertThat(high.factor(MatchFactor.CULTURAL_FIT).score()).isCloseTo(0.5 + 0.5 * highBonus, within(EPS));
            assertThat(low.factor(MatchFactor.CULTURAL_FIT).score()).isCloseTo(0.5 + 0.5 * lowBonus, within(EPS));
            assertThat(high.factor(MatchFactor.CULTURAL_FIT).score())
                    .isGreaterThan(low.factor(MatchFactor.CULTURAL_FIT).score());
        }

        @Test
        void leadershipIsNamedInTheSentence() {
            Fixtures.Scenario s = scenario();
            s.organization.leadership(Leadership.black_led);
            assertThat(s.factor(MatchFactor.CULTURAL_FIT).reason())
                    .isEqualTo("Black-led organization; staff speak Somali (1 of 2 home languages)");
            s.organization.leadership(Leadership.black_led, Leadership.immigrant_refugee_led);
            assertThat(s.factor(MatchFactor.CULTURAL_FIT).reason())
                    .startsWith("Black-led, immigrant- or refugee-led organization");
        }

        @Test
        void otherSelfDeclaredLeadershipGetsAFlatBonus() {
            Fixtures.Scenario high = scenario();
            high.organization.leadership(Leadership.women_led);
            Fixtures.Scenario low = scenario();
            low.school.affluent();
            low.organization.leadership(Leadership.women_led);
            assertThat(high.factor(MatchFactor.CULTURAL_FIT).score()).isCloseTo(0.55, within(EPS));
            assertThat(low.factor(MatchFactor.CULTURAL_FIT).score()).isCloseTo(0.55, within(EPS));
        }

        @Test
        void neverExceedsOne() {
            Fixtures.Scenario s = scenario();
            s.organization.staffLanguages("so", "es").leadership(Leadership.bipoc_led);
            assertThat(s.factor(MatchFactor.CULTURAL_FIT).score()).isEqualTo(1.0);
        }
    }

    @Nested
    class TrackRecordFactor {

        @Test
        void unratedPartnerGetsThePrior() {
            FactorScore f = scenario().factor(MatchFactor.TRACK_RECORD);
            assertThat(f.score()).isEqualTo(0.625);
            assertThat(f.reason()).isEqualTo("No ratings yet");
        }

        @Test
        void ratingsAreSmoothedTowardThePrior() {
            Fixtures.Scenario s = scenario();
            s.organization.trackRecord(7, 32.2);
            FactorScore f = s.factor(MatchFactor.TRACK_RECORD);
            // (5 × 3.5 + 32.2) / (5 + 7) = 4.1417 → (4.1417 − 1) / 4
            assertThat(f.score()).isCloseTo(((5 * 3.5 + 32.2) / 12 - 1) / 4, within(EPS));
            assertThat(f.reason()).isEqualTo("Rated 4.6 from 7 partnerships");
        }

        @Test
        void oneRatingMovesLittle() {
            Fixtures.Scenario s = scenario();
            s.organization.trackRecord(1, 5);
            FactorScore f = s.factor(MatchFactor.TRACK_RECORD);
            assertThat(f.score()).isCloseTo(0.6875, within(EPS));
            assertThat(f.reason()).isEqualTo("Rated 5.0 from 1 partnership");
        }

        @Test
        void manyPoorRatingsApproachZero() {
            assertThat(new TrackRecord(1000, 1000).score()).isLessThan(0.01);
            assertThat(new TrackRecord(1000, 5000).score()).isGreaterThan(0.99);
        }
    }

    @Nested
    class NeedPriority {

        @Test
        void priorityWeightIsTheScore() {
            Fixtures.Scenario s = scenario();
            s.need.priority(Priority.urgent);
            assertThat(s.factor(MatchFactor.PRIORITY).score()).isEqualTo(1.0);
            assertThat(s.factor(MatchFactor.PRIORITY).reason()).isEqualTo("Urgent need");
            s.need.priority(Priority.low);
            assertThat(s.factor(MatchFactor.PRIORITY).score()).isEqualTo(0.25);
            assertThat(s.factor(MatchFactor.PRIORITY).reason()).isEqualTo("Low-priority need");
        }
    }

    @Nested
    class Total {

        @Test
        void totalIsTheWeightedMeanOfTheFactors() {
            MatchResult r = scenario().result();
            double sum = 0;
            double weights = 0;
            for (FactorScore f : r.factors()) {
                sum += f.weighted();
                weights += f.weight();
            }
            assertThat(r.total()).isCloseTo(sum / weights, within(EPS));
            assertThat(r.factors()).extracting(FactorScore::factor).containsExactly(MatchFactor.values());
        }

        @Test
        void baselineTotalByHand() {
            // category 3×1, text 2×1, grades 1×1, languages 2×1, timing 1.5×1, distance 1×0.8, cost 1×1,
            // capacity 1×1, cultural fit 1.5×0.5, track record 0.5×0.625, priority 1×0.75, responsiveness 0.5×0.65
            double expected = (3 + 2 + 1 + 2 + 1.5 + 0.8 + 1 + 1 + 0.75 + 0.3125 + 0.75 + 0.325) / 16.0;
            MatchResult r = scenario().result();
            assertThat(r.total()).isCloseTo(expected, within(1e-6));
            assertThat(r.percent()).isEqualTo(Math.round(expected * 1000) / 10.0);
        }

        @Test
        void reasonsComeBiggestContributionFirst() {
            MatchResult r = scenario().result();
            assertThat(r.reasons().get(0)).isEqualTo("Exact category: Math tutoring");
            assertThat(r.reasons()).hasSize(MatchFactor.values().length);
            assertThat(r.reasons().get(r.reasons().size() - 1)).isEqualTo("No ratings yet");
        }

        @Test
        void zeroWeightFactorsStayInFactorsButLeaveTheReasons() {
            Fixtures.Scenario s = scenario();
            MatchResult r = s.score(Fixtures.scorer(MatchWeights.defaultsWith(Map.of("distance", 0.0))))
                    .orElseThrow();
            assertThat(r.factor(MatchFactor.DISTANCE)).get().extracting(FactorScore::weight).isEqualTo(0.0);
            assertThat(r.reasons()).noneMatch(reason -> reason.contains("km away"));
        }

        @Test
        void resultCarriesTheIds() {
            Fixtures.Scenario s = scenario();
            MatchResult r = s.result();
            assertThat(r.needId()).isEqualTo(s.need.id);
            assertThat(r.schoolId()).isEqualTo(s.school.id);
            assertThat(r.offeringId()).isEqualTo(s.offering.id);
            assertThat(r.organizationId()).isEqualTo(s.organization.id);
        }
    }
}
