package org.partnermatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnermatch.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.common.DistrictConventions;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.EmbeddedPostgresResource;
import org.partnermatch.support.Index;
import org.partnermatch.support.Tokens;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A listing whose offering or organization is overdue for confirmation (last confirmed more than verify-every + grace
 * ago, 210 days by default) ranks lower in need matches, school matches and opportunities, and says so; confirming it
 * restores its place. "Overdue" moves with the clock too, not only with writes.
 */
@QuarkusTest
class OverdueListingMatchingTest {

    private static final String NOTE = "Listing not confirmed since ";

    @Inject
    MatchingService matching;

    /** A need and two organizations each with one fitting offering; the first is slightly better (free vs sliding). */
    private record Pair(UUID school, UUID need, UUID better, UUID betterOffering, UUID other, UUID otherOffering) {
        String principal() {
            return Tokens.principal(school);
        }
    }

    private Pair pair() {
        String category = "ov-" + UUID.randomUUID().toString().substring(0, 8);
        Api.district().body(Map.of("code", category, "name", "Overdue " + category)).post("/api/v1/categories")
                .then().statusCode(201);
        UUID school = Api.createSchool();
        Map<String, Object> needBody = Api.need();
        needBody.put("category", category);
        UUID need = Api.created(Api.district().body(needBody).post("/api/v1/schools/" + school + "/needs").then());
        UUID better = Api.createOrganization(true);
        UUID other = Api.createOrganization(true);
        UUID betterOffering = offering(better, category, "free");
        UUID otherOffering = offering(other, category, "sliding_scale");
        Index.awaitCandidate(matching.index(), betterOffering);
        Index.awaitCandidate(matching.index(), otherOffering);
        return new Pair(school, need, better, betterOffering, other, otherOffering);
    }

    private static UUID offering(UUID organization, String category, String cost) {
        Map<String, Object> body = Api.offering();
        body.put("categories", List.of(category));
        body.put("cost", cost);
        return Api.created(Api.district().body(body).post("/api/v1/organizations/" + organization + "/offerings")
                .then());
    }

    private static JsonPath needMatches(Pair p) {
        return as(p.principal()).get("/api/v1/needs/" + p.need() + "/matches").then().statusCode(200).extract()
                .jsonPath();
    }

    private static JsonPath schoolMatches(Pair p) {
        return as(p.principal()).get("/api/v1/schools/" + p.school() + "/matches?limit=100").then().statusCode(200)
                .extract().jsonPath();
    }

    private void awaitOverdue(UUID offering, boolean overdue) {
        Index.await(matching.index(), s -> s.candidates().containsKey(offering)
                && s.candidates().get(offering).overdue() == overdue);
    }

    /** The district's allocation plan for the pair's school and category: its lines, best score first. */
    private static List<Map<String, Object>> planLines(Pair p, String category) {
        JsonPath job = Api.district().body(Map.of("schoolIds", List.of(p.school()), "category", category,
                "minScore", 0)).post("/api/v1/allocations").then().statusCode(201).extract().jsonPath();
        return job.getList("plan.schools[0].lines");
    }

    /** School-wide ranks (1-based) of the two organizations. */
    private static List<Integer> schoolRanks(Pair p) {
        JsonPath json = schoolMatches(p);
        List<String> ids = json.getList("results.organization.id", String.class);
        return List.of(ids.indexOf(p.better().toString()) + 1, ids.indexOf(p.other().toString()) + 1);
    }

    @Test
    void aBackDatedOfferingMovesDownSaysSinceWhenAndConfirmationRestoresIt() {
        Pair p = pair();
        JsonPath before = needMatches(p);
        assertThat(before.getList("results.organization.id", String.class))
                .containsExactly(p.better().toString(), p.other().toString());
        double currentScore = before.getDouble("results[0].best.score");
        assertThat(before.getList("results[0].best.reasons", String.class)).noneMatch(r -> r.startsWith(NOTE));
        List<Integer> schoolBefore = schoolRanks(p);
        assertThat(schoolBefore.get(0)).isLessThan(schoolBefore.get(1));
        String category = matching.index().snapshot().openNeeds().get(p.need()).categoryCode();
        List<Map<String, Object>> planBefore = planLines(p, category);
        assertThat(planBefore.get(0).get("offeringId")).isEqualTo(p.betterOffering().toString());
        assertThat(planBefore.get(0).get("listingNote")).isNull();

        Instant confirmed = Instant.now().minus(Duration.ofDays(300)).truncatedTo(ChronoUnit.SECONDS);
        Db.update("UPDATE offering SET last_verified_at = '" + confirmed + "' WHERE id = '" + p.betterOffering() + "'");
        awaitOverdue(p.betterOffering(), true);

        JsonPath after = needMatches(p);
        assertThat(after.getList("results.organization.id", String.class))
                .containsExactly(p.other().toString(), p.better().toString());
        String day = DistrictConventions.Dates.district().day(confirmed);
        assertThat(after.getString("results[1].best.reasons[0]"))
                .isEqualTo(NOTE + day + ": ranked lower until its organization confirms it");
        assertThat(after.getDouble("results[1].best.score")).isEqualTo(currentScore - 15.0,
                org.assertj.core.data.Offset.offset(0.11));
        assertThat(after.getInt("eligibleOrganizations")).isEqualTo(2); // still a candidate: no hard rule broken

        List<Integer> schoolAfter = schoolRanks(p);
        assertThat(schoolAfter.get(0)).isGreaterThan(schoolAfter.get(1));
        JsonPath school = schoolMatches(p);
        int at = school.getList("results.organization.id", String.class).indexOf(p.better().toString());
        assertThat(school.getString("results[" + at + "].needs[0].offering.reasons[0]")).startsWith(NOTE + day);

        // the district's allocation now proposes the current listing, and says why the other ranks lower
        List<Map<String, Object>> planAfter = planLines(p, category);
        assertThat(planAfter.get(0).get("offeringId")).isEqualTo(p.otherOffering().toString());
        assertThat(planAfter.get(0).get("listingNote")).isNull();
        assertThat(planAfter).filteredOn(l -> p.betterOffering().toString().equals(l.get("offeringId")))
                .allSatisfy(l -> assertThat((String) l.get("listingNote")).startsWith(NOTE + day));

        // the organization sees the same note on its opportunities
        JsonPath opportunities = as(Tokens.partner(p.better()))
                .get("/api/v1/organizations/" + p.better() + "/opportunities?limit=100").then().statusCode(200)
                .extract().jsonPath();
        int row = opportunities.getList("results.school.id", String.class).indexOf(p.school().toString());
        assertThat(row).isNotNegative();
        assertThat(opportunities.getString("results[" + row + "].needs[0].offering.reasons[0]"))
                .startsWith(NOTE + day);

        // the organization confirms the offering: it is current again and back on top
        as(Tokens.partner(p.better())).post("/api/v1/offerings/" + p.betterOffering() + "/verification").then()
                .statusCode(200);
        awaitOverdue(p.betterOffering(), false);
        JsonPath restored = needMatches(p);
        assertThat(restored.getList("results.organization.id", String.class))
                .containsExactly(p.better().toString(), p.other().toString());
        assertThat(restored.getDouble("results[0].best.score")).isEqualTo(currentScore);
        assertThat(restored.getList("results[0].best.reasons", String.class)).noneMatch(r -> r.startsWith(NOTE));
        List<Integer> schoolRestored = schoolRanks(p);
        assertThat(schoolRestored.get(0)).isLessThan(schoolRestored.get(1));
    }

    @Test
    void anOverdueOrganizationProfileRanksAllItsOfferingsLowerUntilItIsConfirmed() {
        Pair p = pair();
        Instant confirmed = Instant.now().minus(Duration.ofDays(250)).truncatedTo(ChronoUnit.SECONDS);
        Db.update("UPDATE organization SET last_verified_at = '" + confirmed + "' WHERE id = '" + p.better() + "'");
        awaitOverdue(p.betterOffering(), true);
        JsonPath after = needMatches(p);
        assertThat(after.getList("results.organization.id", String.class))
                .containsExactly(p.other().toString(), p.better().toString());
        assertThat(after.getString("results[1].best.reasons[0]"))
                .startsWith(NOTE + DistrictConventions.Dates.district().day(confirmed));

        as(Tokens.partner(p.better())).post("/api/v1/organizations/" + p.better() + "/verification").then()
                .statusCode(200);
        awaitOverdue(p.betterOffering(), false);
        assertThat(needMatches(p).getList("results.organization.id", String.class))
                .containsExactly(p.better().toString(), p.other().toString());
    }

    @Test
    void aListingCrossingTheCutoffAsTimePassesIsNoticedWithoutAWrite() {
        Pair p = pair();
        MutableClock clock = new MutableClock(Instant.now());
        PGSimpleDataSource dataSource = EmbeddedPostgresResource.dataSource("replica-overdue");
        CandidateIndex replica = new CandidateIndex(dataSource, new SqlTrackRecords(), 180, Duration.ofDays(210),
                clock);
        replica.reloadAll();
        CandidateIndex.Snapshot loaded = replica.snapshot();
        assertThat(loaded.candidates().get(p.betterOffering()).overdue()).isFalse();

        clock.now = clock.now.plus(Duration.ofDays(209));
        // Not crossed yet. (Other tests' back-dated listings may cross in these 209 days and publish a snapshot of
        // their own, so only this pair's state is asserted here.)
        CandidateIndex.Snapshot before = replica.snapshot();
        assertThat(before.candidates().get(p.betterOffering()).overdue()).isFalse();
        assertThat(replica.snapshot()).isSameAs(before); // nothing crosses on a second read at the same time

        clock.now = clock.now.plus(Duration.ofDays(2));
        CandidateIndex.Snapshot later = replica.snapshot();
        assertThat(later).isNotSameAs(before);
        assertThat(later.version()).isGreaterThan(before.version());
        assertThat(later.candidates().get(p.betterOffering()).overdue()).isTrue();
        assertThat(later.candidates().get(p.otherOffering()).overdue()).isTrue();
        assertThat(replica.snapshot()).isSameAs(later); // published once, not on every read
    }

    private static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
