package org.partnermatch.matching.core;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.school.NeedIndex;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Priority;
import org.partnermatch.vocabulary.Timing;

/**
 * Test data: a small taxonomy and a {@link Scenario} of one school, need, organization and offering that match by
 * default, each adjustable through fluent builders. Every scenario gets fresh random ids.
 */
final class Fixtures {

    /** 1 degree of latitude in km on the haversine sphere: moving north by d / KM_PER_DEGREE travels d km. */
    static final double KM_PER_DEGREE = Haversine.EARTH_RADIUS_KM * Math.PI / 180.0;

    static final double SCHOOL_LAT = 47.55;
    static final double SCHOOL_LON = -122.28;

    static final Taxonomy TAXONOMY = taxonomy();

    private Fixtures() {
    }

    private static Taxonomy taxonomy() {
        Map<String, String> parents = new LinkedHashMap<>();
        parents.put("math", "academic");
        parents.put("reading", "academic");
        parents.put("clothing", "basic_needs");
        parents.put("food", "basic_needs");
        parents.put("workshops", "family_engagement");
        parents.put("music", "arts");
        parents.put("mental_health", "health");
        parents.put("stem", "enrichment");
        parents.put("mentoring", "youth_development");
        Map<String, String> names = new LinkedHashMap<>();
        names.put("academic", "Academic");
        names.put("math", "Math tutoring");
        names.put("reading", "Reading");
        names.put("basic_needs", "Basic needs");
        names.put("clothing", "Clothing");
        names.put("mental_health", "Mental health");
        names.put("mentoring", "Mentoring");
        return new Taxonomy(parents, names);
    }

    static MatchScorer scorer() {
        return new MatchScorer(MatchWeights.defaults(), TAXONOMY);
    }

    static MatchScorer scorer(MatchWeights weights) {
        return new MatchScorer(weights, TAXONOMY);
    }

    static Scenario scenario() {
        return new Scenario();
    }

    /** Latitude at {@code km} north of the school (same longitude). */
    static double latKmNorthOfSchool(double km) {
        return SCHOOL_LAT + km / KM_PER_DEGREE;
    }

    static final class Scenario {
        final SchoolBuilder school = new SchoolBuilder();
        final NeedBuilder need = new NeedBuilder();
        final OrganizationBuilder organization = new OrganizationBuilder();
        final OfferingBuilder offering = new OfferingBuilder();

        SchoolProfile schoolProfile() {
            return school.build();
        }

        NeedProfile needProfile() {
            return need.build(school.id);
        }

        OrganizationProfile organizationProfile() {
            return organization.build();
        }

        OfferingProfile offeringProfile() {
            return offering.build(organization.id);
        }

        PreparedNeed prepared(MatchScorer scorer) {
            return scorer.prepare(needProfile(), schoolProfile());
        }

        MatchCandidate candidate() {
            return MatchCandidate.of(offeringProfile(), organizationProfile());
        }

        Eligibility eligibility() {
            return eligibility(scorer());
        }

        Eligibility eligibility(MatchScorer scorer) {
            return scorer.eligibility(needProfile(), schoolProfile(), offeringProfile(), organizationProfile());
        }

        Optional<MatchResult> score(MatchScorer scorer) {
            return scorer.score(needProfile(), schoolProfile(), offeringProfile(), organizationProfile());
        }

        MatchResult result() {
            return score(scorer()).orElseThrow(() -> new AssertionError("expected eligible, was " + eligibility()));
        }

        FactorScore factor(MatchFactor factor) {
            return result().factor(factor).orElseThrow();
        }
    }

    static final class SchoolBuilder {
        UUID id = UUID.randomUUID();
        String name = "Rainier Vista Elementary";
        double latitude = SCHOOL_LAT;
        double longitude = SCHOOL_LON;
        String region = "Southeast";
        boolean titleI = true;
        double frl = 80;
        double ell = 40;
        Set<String> homeLanguages = ordered("en", "so", "es");
        Integer qualityRank = 2;

        SchoolBuilder id(UUID v) { id = v; return this; }
        SchoolBuilder at(double lat, double lon) { latitude = lat; longitude = lon; return this; }
        SchoolBuilder region(String v) { region = v; return this; }
        SchoolBuilder titleI(boolean v) { titleI = v; return this; }
        SchoolBuilder frl(double v) { frl = v; return this; }
        SchoolBuilder ell(double v) { ell = v; return this; }
        SchoolBuilder homeLanguages(String... v) { homeLanguages = ordered(v); return this; }
        SchoolBuilder qualityRank(Integer v) { qualityRank = v; return this; }

        /** A well-resourced school: not Title I, low FRL and EL, top quality rank. */
        SchoolBuilder affluent() {
            return titleI(false).frl(10).ell(2).qualityRank(5);
        }

        SchoolProfile build() {
            return new SchoolProfile(id, name, latitude, longitude, region, titleI, frl, ell, homeLanguages,
                    qualityRank, NeedIndex.assess(frl, ell, titleI, qualityRank).value());
        }
    }

    static final class NeedBuilder {
        UUID id = UUID.randomUUID();
        String category = "math";
        String title = "Math tutoring";
        String description = null;
        int gradeLow = 6;
        int gradeHigh = 8;
        int students = 40;
        Priority priority = Priority.high;
        Set<Timing> timings = Set.of(Timing.after_school);
        Set<String> languages = ordered("so");
        Set<UUID> declinedBy = Set.of();

        NeedBuilder id(UUID v) { id = v; return this; }
        NeedBuilder declinedBy(UUID... v) { declinedBy = ordered(v); return this; }
        NeedBuilder category(String v) { category = v; return this; }
        NeedBuilder title(String v) { title = v; return this; }
        NeedBuilder description(String v) { description = v; return this; }
        NeedBuilder grades(int low, int high) { gradeLow = low; gradeHigh = high; return this; }
        NeedBuilder students(int v) { students = v; return this; }
        NeedBuilder priority(Priority v) { priority = v; return this; }
        NeedBuilder timings(Timing... v) { timings = ordered(v); return this; }
        NeedBuilder languages(String... v) { languages = ordered(v); return this; }
        NeedBuilder languages(Set<String> v) { languages = new HashSet<>(v); return this; }

        NeedProfile build(UUID schoolId) {
            return new NeedProfile(id, schoolId, category, title, description, gradeLow, gradeHigh, students,
                    priority, timings, languages, declinedBy);
        }
    }

    static final class OrganizationBuilder {
        UUID id = UUID.randomUUID();
        String name = "Horn of Africa Youth Services";
        String description = "Community organization for East African families";
        Double latitude = latKmNorthOfSchool(2.0);
        Double longitude = SCHOOL_LON;
        Double radiusKm = 10.0;
        Set<String> regions = Set.of();
        Set<String> staffLanguages = ordered("en", "so");
        Set<String> communities = ordered("East African");
        Set<Leadership> leadership = Set.of();
        boolean approved = true;
        TrackRecord trackRecord = TrackRecord.none();
        Responsiveness responsiveness = Responsiveness.none();
        java.time.Instant lastVerifiedAt;

        OrganizationBuilder id(UUID v) { id = v; return this; }
        OrganizationBuilder lastVerifiedAt(java.time.Instant v) { lastVerifiedAt = v; return this; }
        OrganizationBuilder description(String v) { description = v; return this; }
        OrganizationBuilder at(Double lat, Double lon) { latitude = lat; longitude = lon; return this; }
        OrganizationBuilder kmNorthOfSchool(double km) { return at(latKmNorthOfSchool(km), SCHOOL_LON); }
        OrganizationBuilder noLocation() { return at(null, null); }
        OrganizationBuilder radiusKm(Double v) { radiusKm = v; return this; }
        OrganizationBuilder regions(String... v) { regions = ordered(v); return this; }
        OrganizationBuilder staffLanguages(String... v) { staffLanguages = ordered(v); return this; }
        OrganizationBuilder communities(String... v) { communities = ordered(v); return this; }
        OrganizationBuilder leadership(Leadership... v) { leadership = ordered(v); return this; }
        OrganizationBuilder approved(boolean v) { approved = v; return this; }
        OrganizationBuilder trackRecord(int count, double sum) { trackRecord = new TrackRecord(count, sum); return this; }
        OrganizationBuilder responsiveness(int decided, int accepted, double medianHours) {
            responsiveness = new Responsiveness(decided, accepted, medianHours);
            return this;
        }

        OrganizationProfile build() {
            return new OrganizationProfile(id, name, description, latitude, longitude, radiusKm, regions,
                    staffLanguages, communities, leadership, approved, trackRecord, responsiveness, lastVerifiedAt);
        }
    }

    static final class OfferingBuilder {
        UUID id = UUID.randomUUID();
        String name = "Math tutoring";
        String description = "Small-group tutoring in pre-algebra and algebra";
        Set<String> categories = ordered("math");
        int gradeLow = 6;
        int gradeHigh = 8;
        Set<Timing> timings = Set.of(Timing.after_school);
        Modality modality = Modality.in_person;
        Set<String> languages = ordered("en");
        Cost cost = Cost.free;
        CapacityUnit unit = CapacityUnit.students;
        int capacity = 60;
        boolean active = true;
        java.time.Instant lastVerifiedAt;

        OfferingBuilder id(UUID v) { id = v; return this; }
        OfferingBuilder lastVerifiedAt(java.time.Instant v) { lastVerifiedAt = v; return this; }
        OfferingBuilder name(String v) { name = v; return this; }
        OfferingBuilder description(String v) { description = v; return this; }
        OfferingBuilder categories(String... v) { categories = ordered(v); return this; }
        OfferingBuilder grades(int low, int high) { gradeLow = low; gradeHigh = high; return this; }
        OfferingBuilder timings(Timing... v) { timings = ordered(v); return this; }
        OfferingBuilder modality(Modality v) { modality = v; return this; }
        OfferingBuilder languages(String... v) { languages = ordered(v); return this; }
        OfferingBuilder cost(Cost v) { cost = v; return this; }
        OfferingBuilder capacity(CapacityUnit u, int v) { unit = u; capacity = v; return this; }
        OfferingBuilder capacity(int v) { capacity = v; return this; }
        OfferingBuilder active(boolean v) { active = v; return this; }

        OfferingProfile build(UUID organizationId) {
            return new OfferingProfile(id, organizationId, name, description, categories, gradeLow, gradeHigh,
                    timings, modality, languages, cost, unit, capacity, active, lastVerifiedAt);
        }
    }

    /** A match result with chosen ids and total, for ranking tests. */
    static MatchResult result(UUID needId, UUID schoolId, UUID offeringId, UUID organizationId, double total) {
        return new MatchResult(needId, schoolId, offeringId, organizationId, total,
                List.of(new FactorScore(MatchFactor.CATEGORY, total, 1.0, "test")), List.of("test"));
    }

    /** A set that keeps the given order, so sentences listing its items are predictable. */
    @SafeVarargs
    static <T> Set<T> ordered(T... items) {
        return new java.util.LinkedHashSet<>(List.of(items));
    }

    /** A UUID with a readable, ordered value: uuid(1) < uuid(2). */
    static UUID uuid(int n) {
        return new UUID(0L, n);
    }
}
