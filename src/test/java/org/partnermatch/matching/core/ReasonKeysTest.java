package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Priority;
import org.partnermatch.vocabulary.Timing;

/**
 * Every reason key with its arguments, next to the English sentence the API returns for it: pages write the reason
 * from the key and arguments, so each argument must say what the sentence says.
 */
class ReasonKeysTest {

    /** The keys these tests saw; the last check holds them to {@link Reason#KEYS}. */
    private static final Set<String> SEEN = java.util.Collections.synchronizedSet(new TreeSet<>());

    private static Reason reason(Fixtures.Scenario s, MatchFactor factor) {
        Reason r = s.factor(factor).explanation();
        SEEN.add(r.key());
        assertThat(Reason.KEYS).contains(r.key());
        return r;
    }

    private static Reason seen(Reason r) {
        SEEN.add(r.key());
        return r;
    }

    @Test
    void categoryExactSiblingBroaderNarrowerAndNoneNameTheCodes() {
        Fixtures.Scenario s = Fixtures.scenario();
        Reason exact = reason(s, MatchFactor.CATEGORY);
        assertThat(exact.key()).isEqualTo("category.exact");
        assertThat(exact.args()).containsExactly(Map.entry("category", "math"));
        assertThat(exact.text()).isEqualTo("Exact category: Math tutoring");

        s.offering.categories("reading");
        Reason sibling = reason(s, MatchFactor.CATEGORY);
        assertThat(sibling.key()).isEqualTo("category.sibling");
        assertThat(sibling.args()).containsExactly(Map.entry("related", "reading"), Map.entry("requested", "math"));
        assertThat(sibling.text()).isEqualTo("Related category: Reading (you asked for Math tutoring)");

        s.offering.categories("academic");
        Reason broader = reason(s, MatchFactor.CATEGORY);
        assertThat(broader.key()).isEqualTo("category.broader");
        assertThat(broader.args()).containsExactly(Map.entry("related", "academic"), Map.entry("requested", "math"));

        s.need.category("academic");
        s.offering.categories("math");
        Reason narrower = reason(s, MatchFactor.CATEGORY);
        assertThat(narrower.key()).isEqualTo("category.narrower");
        assertThat(narrower.args()).containsExactly(Map.entry("related", "math"), Map.entry("requested", "academic"));
        assertThat(narrower.text()).isEqualTo("Narrower category: Math tutoring within Academic");

        // no related category: only when the category weighs nothing in eligibility, so through the builder directly
        Fixtures.Scenario none = Fixtures.scenario();
        none.offering.categories("clothing");
        Reason unrelated = seen(Reasons.category(none.prepared(Fixtures.scorer()), none.candidate()));
        assertThat(unrelated.key()).isEqualTo("category.none");
        assertThat(unrelated.args()).isEmpty();
        assertThat(unrelated.text()).isEqualTo("No matching category");
    }

    @Test
    void keyWordsMentionedNoneOrNothingToCompare() {
        Fixtures.Scenario s = Fixtures.scenario();
        Reason mentions = reason(s, MatchFactor.TEXT);
        assertThat(mentions.key()).isEqualTo("text.mentions");
        assertThat(mentions.args()).containsExactly(Map.entry("words", List.of("math", "tutoring")),
                Map.entry("found", 2), Map.entry("total", 2), Map.entry("inName", 2));
        assertThat(mentions.text()).isEqualTo("Mentions math, tutoring (2 of 2 key words; 2 in the offering name)");

        s.need.title("Chess club");
        s.offering.name("Algebra");
        s.offering.description("Small groups");
        Reason none = reason(s, MatchFactor.TEXT);
        assertThat(none.key()).isEqualTo("text.none");
        assertThat(none.text()).isEqualTo("No key words in common");

        s.need.title("The");
        Reason nothing = reason(s, MatchFactor.TEXT);
        assertThat(nothing.key()).isEqualTo("text.no_terms");
        assertThat(nothing.text()).isEqualTo("No key words to compare");
    }

    @Test
    void moreThanFiveWordsFoundListFiveAndCountAll() {
        Fixtures.Scenario s = Fixtures.scenario();
        s.need.title("Math algebra geometry fractions decimals equations tutoring");
        s.offering.description("Math algebra geometry fractions decimals equations tutoring");
        Reason r = reason(s, MatchFactor.TEXT);
        assertThat(r.key()).isEqualTo("text.mentions");
        @SuppressWarnings("unchecked")
        List<String> words = (List<String>) r.arg("words");
        assertThat(words).hasSize(5);
        assertThat((Integer) r.arg("found")).isGreaterThan(5);
        assertThat(r.text()).contains(", \u2026 (");
    }

    @Test
    void gradesAllSomeAndNone() {
        Fixtures.Scenario s = Fixtures.scenario();
        Reason all = reason(s, MatchFactor.GRADES);
        assertThat(all.key()).isEqualTo("grades.all");
        assertThat(all.args()).containsExactly(Map.entry("low", 6), Map.entry("high", 8));
        assertThat(all.text()).isEqualTo("Covers grades 6-8 (all requested)");

        s.offering.grades(6, 7);
        Reason some = reason(s, MatchFactor.GRADES);
        assertThat(some.key()).isEqualTo("grades.some");
        assertThat(some.args()).containsExactly(Map.entry("low", 6), Map.entry("high", 7), Map.entry("covered", 2),
                Map.entry("requested", 3));
        assertThat(some.text()).isEqualTo("Covers grades 6-7 (2 of 3 requested)");

        Fixtures.Scenario none = Fixtures.scenario();
        none.offering.grades(9, 12);
        Reason uncovered = seen(Reasons.grades(none.prepared(Fixtures.scorer()), none.candidate()));
        assertThat(uncovered.key()).isEqualTo("grades.none");
        assertThat(uncovered.args()).containsExactly(Map.entry("low", 6), Map.entry("high", 8));
        assertThat(uncovered.text()).isEqualTo("Covers none of grades 6-8");
    }

    @Test
    void languagesSpokenOfferedMissingAndNoneRequested() {
        Fixtures.Scenario s = Fixtures.scenario();
        s.need.languages("so", "es", "am");
        s.offering.languages("en", "es");
        Reason spoken = reason(s, MatchFactor.LANGUAGES);
        assertThat(spoken.key()).isEqualTo("languages.spoken");
        assertThat(spoken.args()).containsExactly(Map.entry("staffSpeak", List.of("so")),
                Map.entry("offeredIn", List.of("es")), Map.entry("notOffered", List.of("am")),
                Map.entry("spoken", 2), Map.entry("requested", 3));
        assertThat(spoken.text()).isEqualTo("Staff speak Somali; offered in Spanish (2 of 3 requested; not Amharic)");

        s.need.languages("am");
        Reason none = reason(s, MatchFactor.LANGUAGES);
        assertThat(none.key()).isEqualTo("languages.none");
        assertThat(none.args()).containsExactly(Map.entry("notOffered", List.of("am")), Map.entry("requested", 1));
        assertThat(none.text()).isEqualTo("Does not offer Amharic (0 of 1 requested)");

        s.need.languages();
        Reason noneRequested = reason(s, MatchFactor.LANGUAGES);
        assertThat(noneRequested.key()).isEqualTo("languages.none_requested");
        assertThat(noneRequested.text()).isEqualTo("No language requested");
    }

    @Test
    void timingRunsNoneAnyAndNotListed() {
        Fixtures.Scenario s = Fixtures.scenario();
        s.need.timings(Timing.after_school, Timing.evening, Timing.weekend);
        s.offering.timings(Timing.after_school, Timing.weekend);
        Reason runs = reason(s, MatchFactor.TIMING);
        assertThat(runs.key()).isEqualTo("timing.runs");
        assertThat(runs.args()).containsExactly(Map.entry("timings", List.of("after_school", "weekend")),
                Map.entry("shared", 2), Map.entry("requested", 3));
        assertThat(runs.text()).isEqualTo("Runs after school and on weekends (2 of 3 requested times)");

        s.offering.timings(Timing.summer);
        Reason none = reason(s, MatchFactor.TIMING);
        assertThat(none.key()).isEqualTo("timing.none");
        assertThat(none.args()).containsExactly(Map.entry("requested", 3));

        s.offering.timings();
        Reason notListed = reason(s, MatchFactor.TIMING);
        assertThat(notListed.key()).isEqualTo("timing.not_listed");

        s.need.timings();
        Reason any = reason(s, MatchFactor.TIMING);
        assertThat(any.key()).isEqualTo("timing.any");
        assertThat(any.text()).isEqualTo("Any time works for the school");
    }

    @Test
    void distanceInKilometresWhateverTheUnitOfTheSentence() {
        Fixtures.Scenario s = Fixtures.scenario();
        s.offering.modality(Modality.hybrid);
        s.organization.kmNorthOfSchool(5.0);
        Reason inside = reason(s, MatchFactor.DISTANCE);
        assertThat(inside.key()).isEqualTo("distance.inside_area");
        assertThat(inside.arg("hybrid")).isEqualTo(true);
        assertThat((Double) inside.arg("km")).isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(inside.arg("radiusKm")).isEqualTo(10.0);
        assertThat(inside.text()).isEqualTo("Hybrid, 5.0 km away, inside its service area (10 km)");

        s.offering.modality(Modality.in_person);
        s.organization.kmNorthOfSchool(3.0).radiusKm(null).regions("Southeast");
        Reason away = reason(s, MatchFactor.DISTANCE);
        assertThat(away.key()).isEqualTo("distance.away_in_region");
        assertThat(away.arg("hybrid")).isEqualTo(false);
        assertThat(away.arg("region")).isEqualTo("Southeast");
        assertThat(away.text()).isEqualTo("3.0 km away, in its Southeast service region");

        s.organization.noLocation();
        Reason region = reason(s, MatchFactor.DISTANCE);
        assertThat(region.key()).isEqualTo("distance.region");
        assertThat(region.args()).containsExactly(Map.entry("hybrid", false), Map.entry("region", "Southeast"));
        assertThat(region.text()).isEqualTo("In its Southeast service region");

        s.offering.modality(Modality.virtual);
        Reason virtual = reason(s, MatchFactor.DISTANCE);
        assertThat(virtual.key()).isEqualTo("distance.virtual");
        assertThat(virtual.text()).isEqualTo("Virtual: no travel needed");
    }

    @Test
    void costOneKeyPerCostAndWhetherItWeighsLess() {
        Fixtures.Scenario s = Fixtures.scenario();
        assertThat(reason(s, MatchFactor.COST).key()).isEqualTo("cost.free");
        s.offering.cost(Cost.sliding_scale);
        Reason sliding = reason(s, MatchFactor.COST);
        assertThat(sliding.key()).isEqualTo("cost.sliding_scale");
        assertThat(sliding.args()).containsExactly(Map.entry("weighsLess", false));
        s.school.titleI(false).frl(25);
        s.offering.cost(Cost.fee);
        Reason fee = reason(s, MatchFactor.COST);
        assertThat(fee.key()).isEqualTo("cost.fee");
        assertThat(fee.args()).containsExactly(Map.entry("weighsLess", true));
        assertThat(fee.text()).isEqualTo("Fee-based (cost weighs less at this school)");
    }

    @Test
    void capacityForStudentsWithTheNeedAndForSchools() {
        Fixtures.Scenario s = Fixtures.scenario();
        Reason students = reason(s, MatchFactor.CAPACITY);
        assertThat(students.key()).isEqualTo("capacity.students");
        assertThat(students.args()).containsExactly(Map.entry("remaining", 60), Map.entry("needed", 40));
        assertThat(students.text()).isEqualTo("Room for 60 more students (need: 40)");

        s.offering.capacity(CapacityUnit.schools, 1);
        Reason schools = reason(s, MatchFactor.CAPACITY);
        assertThat(schools.key()).isEqualTo("capacity.schools");
        assertThat(schools.args()).containsExactly(Map.entry("remaining", 1));
        assertThat(schools.text()).isEqualTo("Room for 1 more school");
    }

    @Test
    void culturalFitSharedNoneSharedLeadershipAndNoHomeLanguages() {
        Fixtures.Scenario s = Fixtures.scenario();
        s.organization.leadership(Leadership.black_led, Leadership.women_led)
                .communities("East African", "Latino families");
        Reason shared = reason(s, MatchFactor.CULTURAL_FIT);
        assertThat(shared.key()).isEqualTo("cultural_fit.shared");
        assertThat(shared.args()).containsExactly(Map.entry("leadership", List.of("black_led", "women_led")),
                Map.entry("staffSpeak", List.of("so")), Map.entry("communities", List.of("Latino families")),
                Map.entry("shared", 2), Map.entry("homeLanguages", 2));
        assertThat(shared.text()).isEqualTo("Black-led, women-led organization; staff speak Somali; communities "
                + "served include Latino families (2 of 2 home languages)");

        s.school.homeLanguages("en", "vi");
        Reason noneShared = reason(s, MatchFactor.CULTURAL_FIT);
        assertThat(noneShared.key()).isEqualTo("cultural_fit.none_shared");
        assertThat(noneShared.args()).containsExactly(Map.entry("leadership", List.of("black_led", "women_led")),
                Map.entry("homeLanguages", 1));
        assertThat(noneShared.text())
                .isEqualTo("Black-led, women-led organization; No shared home languages or communities (0 of 1)");

        s.school.homeLanguages("en");
        Reason led = reason(s, MatchFactor.CULTURAL_FIT);
        assertThat(led.key()).isEqualTo("cultural_fit.led");
        assertThat(led.args()).containsExactly(Map.entry("leadership", List.of("black_led", "women_led")));
        assertThat(led.text()).isEqualTo("Black-led, women-led organization");

        s.organization.leadership();
        Reason noHome = reason(s, MatchFactor.CULTURAL_FIT);
        assertThat(noHome.key()).isEqualTo("cultural_fit.no_home_languages");
        assertThat(noHome.args()).isEmpty();
    }

    @Test
    void trackRecordRatedRoundedAndNone() {
        Fixtures.Scenario s = Fixtures.scenario();
        assertThat(reason(s, MatchFactor.TRACK_RECORD).key()).isEqualTo("track_record.none");
        s.organization.trackRecord(3, 13.0);
        Reason rated = reason(s, MatchFactor.TRACK_RECORD);
        assertThat(rated.key()).isEqualTo("track_record.rated");
        assertThat(rated.args()).containsExactly(Map.entry("average", 4.3), Map.entry("count", 3));
        assertThat(rated.text()).isEqualTo("Rated 4.3 from 3 partnerships");
    }

    @Test
    void priorityOneKeyPerPriority() {
        Fixtures.Scenario s = Fixtures.scenario();
        for (Priority p : Priority.values()) {
            s.need.priority(p);
            Reason r = reason(s, MatchFactor.PRIORITY);
            assertThat(r.key()).isEqualTo("priority." + p.name());
            assertThat(r.args()).isEmpty();
        }
        assertThat(seen(Reasons.priority(Priority.medium)).text()).isEqualTo("Medium-priority need");
    }

    @Test
    void responsivenessUsualNoneAnsweredAndNone() {
        Reason usual = seen(Reasons.responsiveness(new Responsiveness(5, 4, 60)));
        assertThat(usual.key()).isEqualTo("responsiveness.usual");
        assertThat(usual.args()).containsExactly(Map.entry("days", 3), Map.entry("accepted", 4),
                Map.entry("decided", 5));
        assertThat(usual.text()).isEqualTo("Usually answers within 3 days; accepted 4 of 5 requests");

        Reason noneAnswered = seen(Reasons.responsiveness(new Responsiveness(1, 0, Double.NaN)));
        assertThat(noneAnswered.key()).isEqualTo("responsiveness.none_answered");
        assertThat(noneAnswered.args()).containsExactly(Map.entry("accepted", 0), Map.entry("decided", 1));
        assertThat(noneAnswered.text()).isEqualTo("Accepted 0 of 1 request; none answered yet");

        Reason none = seen(Reasons.responsiveness(Responsiveness.none()));
        assertThat(none.key()).isEqualTo("responsiveness.none");
        assertThat(none.text()).isEqualTo("No requests answered yet");
    }

    @Test
    void anOverdueListingNamesTheDayInTheDistrictsZone() {
        Instant confirmed = Instant.parse("2026-03-04T03:00:00Z"); // Mar 3 in Los Angeles
        ZoneId la = ZoneId.of("America/Los_Angeles");
        Reason lower = seen(new OverduePenalty(0.15, la, Locale.US).reason(confirmed));
        assertThat(lower.key()).isEqualTo("overdue.ranked_lower");
        assertThat(lower.args()).containsExactly(Map.entry("confirmedOn", "2026-03-03"));
        assertThat(lower.text())
                .isEqualTo("Listing not confirmed since Mar 3, 2026: ranked lower until its organization confirms it");
        Reason ask = seen(new OverduePenalty(0, la, Locale.US).reason(confirmed));
        assertThat(ask.key()).isEqualTo("overdue.ask");
        assertThat(ask.args()).containsExactly(Map.entry("confirmedOn", "2026-03-03"));
    }

    @Test
    void aMatchCarriesOneExplanationPerReasonInTheSameOrder() {
        MatchResult result = Fixtures.scenario().result();
        assertThat(result.explanations()).hasSameSizeAs(result.reasons());
        assertThat(result.explanations().stream().map(Reason::text).toList()).isEqualTo(result.reasons());
        assertThat(result.explanations()).allMatch(r -> Reason.KEYS.contains(r.key()));
    }

    @Test
    void aSentenceAloneAndArgumentsOnlyOfJsonShapes() {
        Reason sentence = seen(Reason.sentence("Anything"));
        assertThat(sentence.key()).isEqualTo("sentence");
        assertThat(sentence.args()).containsExactly(Map.entry("text", "Anything"));
        assertThat(new FactorScore(MatchFactor.COST, 1, 1, "Free").explanation().key()).isEqualTo("sentence");
        assertThatThrownBy(() -> Reason.of("x", "x", "when", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reason.of("x", "x", "list", List.of(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reason.of("x", "x", "odd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reason.of("x", "x", "n", 1, "n", 2)).isInstanceOf(IllegalArgumentException.class);
        // a caller's map and lists are copied: changing them later changes nothing
        java.util.List<String> words = new java.util.ArrayList<>(List.of("a"));
        Map<String, Object> args = new java.util.LinkedHashMap<>(Map.of("words", words));
        Reason r = new Reason("text.mentions", args, "Mentions a");
        words.add("b");
        args.put("found", 2);
        assertThat(r.args()).containsExactly(Map.entry("words", List.of("a")));
        assertThat(r.arg("found")).isNull();
        assertThatThrownBy(() -> r.args().put("found", 2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @AfterAll
    static void everyKeyIsCovered() {
        assertThat(SEEN).containsExactlyInAnyOrderElementsOf(Reason.KEYS);
    }
}
