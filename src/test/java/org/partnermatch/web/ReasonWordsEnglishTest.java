package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.partnermatch.common.DistrictConventions;
import org.partnermatch.matching.MatchDtos.ReasonDetail;
import org.partnermatch.matching.core.CategoryScores;
import org.partnermatch.matching.core.MatchCandidate;
import org.partnermatch.matching.core.MatchResult;
import org.partnermatch.matching.core.MatchScorer;
import org.partnermatch.matching.core.MatchWeights;
import org.partnermatch.matching.core.NeedProfile;
import org.partnermatch.matching.core.OfferingProfile;
import org.partnermatch.matching.core.OrganizationProfile;
import org.partnermatch.matching.core.OverduePenalty;
import org.partnermatch.matching.core.Reason;
import org.partnermatch.matching.core.Responsiveness;
import org.partnermatch.matching.core.SchoolProfile;
import org.partnermatch.matching.core.Taxonomy;
import org.partnermatch.matching.core.TrackRecord;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.DistanceUnit;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Priority;
import org.partnermatch.vocabulary.Timing;

/**
 * The pages' English for a reason, written from its key and arguments with the real {@code reason} bundle, reads
 * exactly as the API's sentence the core wrote beside it, for every key an eligible match can carry.
 */
@QuarkusTest
class ReasonWordsEnglishTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final double SCHOOL_LAT = 47.55;
    private static final double SCHOOL_LON = -122.28;
    private static final double KM_PER_DEGREE = 6371.0088 * Math.PI / 180.0;
    private static final Instant CUTOFF = Instant.parse("2026-05-08T00:00:00Z");

    private static final Map<String, String> NAMES = Map.of("academic", "Academic support", "math", "Math tutoring",
            "literacy", "Reading and literacy");
    private static final Taxonomy TAXONOMY = Taxonomy.of(Map.of("math", "academic", "literacy", "academic"))
            .withNames(NAMES);

    /** One match's inputs, changed per case. */
    private static final class Case {
        double schoolLat = SCHOOL_LAT;
        Boolean titleI = true;
        Double frl = 80.0;
        Set<String> homeLanguages = set("en", "so", "es");
        String needCategory = "math";
        String title = "Math tutoring";
        int needLow = 6;
        int needHigh = 8;
        int students = 40;
        Priority priority = Priority.high;
        Set<Timing> needTimings = set(Timing.after_school);
        Set<String> needLanguages = set("so");
        Double orgLat = SCHOOL_LAT + 2.0 / KM_PER_DEGREE;
        Double orgLon = SCHOOL_LON;
        Double radiusKm = 10.0;
        Set<String> regions = Set.of();
        Set<String> staff = set("en", "so");
        Set<String> communities = set("East African");
        Set<Leadership> leadership = Set.of();
        TrackRecord track = TrackRecord.none();
        Responsiveness responsiveness = Responsiveness.none();
        Instant orgVerified;
        String offeringName = "Math tutoring";
        String offeringDescription = "Small-group tutoring in pre-algebra and algebra";
        Set<String> categories = set("math");
        int offLow = 6;
        int offHigh = 8;
        Set<Timing> offTimings = set(Timing.after_school);
        Modality modality = Modality.in_person;
        Set<String> offLanguages = set("en");
        Cost cost = Cost.free;
        CapacityUnit unit = CapacityUnit.students;
        int capacity = 60;
        double penalty = 0.15;

        MatchResult result() {
            UUID schoolId = UUID.randomUUID();
            UUID orgId = UUID.randomUUID();
            SchoolProfile school = new SchoolProfile(schoolId, "School", schoolLat, SCHOOL_LON, "Southeast", titleI,
                    frl, 40.0, homeLanguages, 2, 70.0);
            NeedProfile need = new NeedProfile(UUID.randomUUID(), schoolId, needCategory, title, null, needLow,
                    needHigh, students, priority, needTimings, needLanguages);
            OrganizationProfile org = new OrganizationProfile(orgId, "Org",
                    "Community organization for East African families", orgLat, orgLon, radiusKm, regions, staff,
                    communities, leadership, true, track, responsiveness, orgVerified);
            OfferingProfile offering = new OfferingProfile(UUID.randomUUID(), orgId, offeringName, offeringDescription,
                    categories, offLow, offHigh, offTimings, modality, offLanguages, cost, unit, capacity, true);
            MatchScorer scorer = new MatchScorer(MatchWeights.defaults(), CategoryScores.defaults(), TAXONOMY,
                    DistanceUnit.miles, new OverduePenalty(penalty, LA, Locale.US));
            MatchCandidate candidate = MatchCandidate.of(offering, org, CUTOFF);
            return scorer.score(scorer.prepare(need, school), candidate).orElseThrow(() -> new AssertionError(
                    "not eligible: " + scorer.eligibility(need, school, offering, org)));
        }
    }

    @SafeVarargs
    private static <T> Set<T> set(T... items) {
        return new LinkedHashSet<>(List.of(items));
    }

    @Test
    void everyKeyReadsInEnglishExactlyAsTheApisSentence() {
        Choices english = new Choices(List.of(), NAMES, List.of(), new DistrictConventions.Dates(LA, Locale.US),
                DistanceUnit.miles, MessageBundles.get(WebMessages.class), MessageBundles.get(ReasonMessages.class));
        List<Consumer<Case>> cases = List.of(
                c -> { },
                c -> c.categories = set("literacy"),
                c -> c.categories = set("academic"),
                c -> { c.needCategory = "academic"; c.categories = set("math"); },
                c -> c.needLanguages = Set.of(),
                c -> c.needLanguages = set("am"),
                c -> { c.needLanguages = set("so", "es", "am"); c.offLanguages = set("en", "es"); },
                c -> { c.needLanguages = set("es"); c.offLanguages = set("en", "es"); },
                c -> c.needTimings = Set.of(),
                c -> c.offTimings = Set.of(),
                c -> c.offTimings = set(Timing.summer),
                c -> { c.needTimings = set(Timing.after_school, Timing.evening, Timing.weekend);
                       c.offTimings = set(Timing.after_school, Timing.evening, Timing.weekend); },
                c -> c.modality = Modality.virtual,
                c -> { c.modality = Modality.hybrid; c.orgLat = SCHOOL_LAT + 5.0 / KM_PER_DEGREE; c.radiusKm = 8.0; },
                c -> { c.orgLat = null; c.orgLon = null; c.radiusKm = null; c.regions = set("Southeast"); },
                c -> { c.orgLat = SCHOOL_LAT + 3.0 / KM_PER_DEGREE; c.radiusKm = null; c.regions = set("Southeast"); },
                c -> { c.titleI = false; c.frl = 25.0; c.cost = Cost.fee; },
                c -> c.cost = Cost.sliding_scale,
                c -> { c.unit = CapacityUnit.schools; c.capacity = 1; },
                c -> { c.unit = CapacityUnit.schools; c.capacity = 3; },
                c -> c.capacity = 1,
                c -> { c.leadership = set(Leadership.black_led, Leadership.immigrant_refugee_led, Leadership.lgbtq_led);
                       c.communities = set("East African", "Latino families"); },
                c -> { c.homeLanguages = set("en"); c.leadership = set(Leadership.women_led, Leadership.youth_led); },
                c -> c.homeLanguages = set("en"),
                c -> { c.homeLanguages = set("en", "vi"); c.leadership = set(Leadership.native_led); },
                c -> c.homeLanguages = set("en", "vi"),
                c -> c.track = new TrackRecord(1, 4.0),
                c -> c.track = new TrackRecord(3, 13.0),
                c -> c.priority = Priority.urgent,
                c -> c.priority = Priority.medium,
                c -> c.priority = Priority.low,
                c -> c.responsiveness = new Responsiveness(5, 4, 60),
                c -> c.responsiveness = new Responsiveness(2, 1, 10),
                c -> c.responsiveness = new Responsiveness(1, 0, Double.NaN),
                c -> c.orgVerified = Instant.parse("2026-03-04T03:00:00Z"),
                c -> { c.orgVerified = Instant.parse("2026-03-04T03:00:00Z"); c.penalty = 0; },
                c -> { c.title = "Chess club"; c.offeringName = "Algebra"; c.offeringDescription = "Small groups"; },
                c -> c.title = "The",
                c -> { c.title = "Math algebra geometry fractions decimals equations tutoring";
                       c.offeringDescription = "Math algebra geometry fractions decimals equations tutoring"; },
                c -> { c.offLow = 6; c.offHigh = 7; },
                c -> { c.needLow = -1; c.needHigh = 0; c.offLow = -1; c.offHigh = 2; });
        Set<String> seen = new TreeSet<>();
        Map<String, String> mismatches = new LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = new Case();
            cases.get(i).accept(c);
            MatchResult result;
            try {
                result = c.result();
            } catch (AssertionError e) {
                throw new AssertionError("case " + i + ": " + e.getMessage(), e);
            }
            for (Reason reason : result.explanations()) {
                seen.add(reason.key());
                String page = english.reason(new ReasonDetail(reason.key(), reason.args()));
                if (!page.equals(reason.text())) {
                    mismatches.put(reason.key() + " " + reason.args(), page + "  <>  " + reason.text());
                }
            }
        }
        assertThat(mismatches).isEmpty();
        Set<String> reachable = new TreeSet<>(Reason.KEYS);
        reachable.removeAll(Set.of("category.none", "grades.none", "sentence")); // never on an eligible match
        assertThat(seen).containsAll(reachable);
    }
}
