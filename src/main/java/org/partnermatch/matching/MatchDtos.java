package org.partnermatch.matching;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.Nullable;
import org.partnermatch.matching.core.FactorScore;
import org.partnermatch.matching.core.MatchResult;
import org.partnermatch.matching.core.OfferingProfile;
import org.partnermatch.matching.core.OrganizationProfile;
import org.partnermatch.matching.core.Reason;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Priority;

/** Response records of matching: every rank comes with its score, per-factor scores and plain sentences. */
public final class MatchDtos {

    private MatchDtos() {
    }

    @Schema(name = "FactorScore", description = "One soft factor: its 0-1 score, its weight, and why.")
    public record Factor(
            @Schema(examples = "languages") String factor,
            @Schema(examples = "1.0") double score,
            @Schema(examples = "2.0") double weight,
            @Schema(examples = "Staff speak Somali (1 of 1 requested)", description = "Why, in English.") String reason) {

        static Factor from(FactorScore score) {
            return new Factor(score.factor().key(), Math.round(score.score() * 100) / 100.0, score.weight(),
                    score.reason());
        }
    }

    /**
     * A reason as a stable message key and its arguments, from which the pages write it in the reader's language
     * (docs/matching.md, Reasons as keys). Not part of the API's responses.
     */
    public record ReasonDetail(
            @Schema(examples = "category.sibling") String key,
            @Schema(description = "Named arguments: strings, numbers, booleans or lists of strings.",
                    examples = "{\"related\": \"math\", \"requested\": \"literacy\"}") Map<String, Object> args) {

        static ReasonDetail from(Reason reason) {
            return new ReasonDetail(reason.key(), reason.args());
        }
    }

    @Schema(name = "OrganizationSummary")
    public record OrganizationSummary(UUID id, String name, List<Leadership> leadership, List<String> communitiesServed) {

        static OrganizationSummary from(OrganizationProfile org) {
            return new OrganizationSummary(org.id(), org.name(), List.copyOf(org.leadership()),
                    List.copyOf(org.communitiesServed()));
        }
    }

    @Schema(name = "OfferingMatch", description = "How well one offering fits one need.")
    public record OfferingMatch(
            UUID offeringId,
            @Schema(examples = "After-school math club") @Nullable String offeringName,
            @Schema(description = "0-100: the weighted mean of the factor scores, less the penalty for a listing overdue "
                    + "for confirmation (partnermatch.matching.overdue-penalty).", examples = "83.4") double score,
            @Schema(description = "Sentences, biggest contribution first; an overdue listing's first sentence says "
                    + "since when it is unconfirmed.") List<String> reasons,
            // the pages write reasons in the reader's language from these; kept off the wire, where they would add
            // 39 % to every response (docs/matching.md, Reasons as keys)
            @JsonIgnore @Schema(hidden = true) List<ReasonDetail> reasonDetails,
            List<Factor> factors) {

        static OfferingMatch from(MatchResult result, OfferingProfile offering) {
            return new OfferingMatch(result.offeringId(), offering == null ? null : offering.name(),
                    round(result.percent()), result.reasons(),
                    result.explanations().stream().map(ReasonDetail::from).toList(),
                    result.factors().stream().map(Factor::from).toList());
        }
    }

    @Schema(name = "NeedMatch", description = "One organization for a need: its best offering, then its other fitting offerings.")
    public record NeedMatch(int rank, OrganizationSummary organization, OfferingMatch best, List<OfferingMatch> others) {
    }

    @Schema(name = "NeedMatches")
    public record NeedMatchesResponse(
            UUID needId, UUID schoolId,
            @Schema(description = "The weights used, after any per-request overrides.") Map<String, Double> weights,
            @Schema(description = "Organizations with at least one eligible offering.") int eligibleOrganizations,
            List<NeedMatch> results,
            @Schema(description = "Organizations left out because they declined or cancelled a request for this need "
                    + "recently, newest first.")
            List<LeftOut> leftOut) {
    }

    @Schema(name = "LeftOutOrganization", description = "An organization left out of a need's matches for a while, and why.")
    public record LeftOut(
            OrganizationSummary organization,
            @Schema(examples = "declined", description = "declined, or cancelled (by the organization)") String state,
            @Schema(examples = "No tutors free on Tuesdays this term") @Nullable String note,
            Instant at,
            @Schema(description = "When the need's matches include the organization again.") Instant until,
            @Schema(examples = "Declined a request for this need on 2026-11-02 (No tutors free on Tuesdays this term); "
                    + "left out of its matches until 2027-05-01") String reason) {

        static LeftOut from(CandidateIndex.Decline decline, OrganizationSummary organization) {
            String what = "declined".equals(decline.state()) ? "Declined" : "Cancelled";
            String note = decline.reason() == null || decline.reason().isBlank() ? "" : " (" + decline.reason() + ")";
            String reason = what + " a request for this need on " + day(decline.at()) + note
                    + "; left out of its matches until " + day(decline.until());
            return new LeftOut(organization, decline.state(), decline.reason(), decline.at(), decline.until(), reason);
        }

        private static String day(Instant instant) {
            return instant.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
    }

    @Schema(name = "CoveredNeed", description = "A need the organization covers, and the offering it would use.")
    public record CoveredNeed(UUID needId, String needTitle, Priority priority, OfferingMatch offering) {
    }

    @Schema(name = "SchoolMatch", description = "One organization for the school as a whole.")
    public record SchoolMatch(
            int rank, OrganizationSummary organization,
            @Schema(description = "0-100: priority-weighted coverage of the school's open needs.", examples = "61.2") double score,
            List<CoveredNeed> needs) {
    }

    @Schema(name = "NeedSummary")
    public record NeedSummary(UUID id, String title, String category, Priority priority, int studentsAffected) {
    }

    @Schema(name = "SchoolMatches")
    public record SchoolMatchesResponse(UUID schoolId, List<NeedSummary> openNeeds, Map<String, Double> weights,
                                        List<SchoolMatch> results) {
    }

    @Schema(name = "SchoolSummary")
    public record SchoolSummary(UUID id, String name, @Nullable String region,
                                @Schema(description = "Null when not known.") Boolean titleI,
                                @Schema(examples = "74.3") double needIndex) {
    }

    @Schema(name = "Opportunity", description = "A school whose open needs the organization's offerings fit.")
    public record Opportunity(
            int rank, SchoolSummary school,
            @Schema(description = "0-100: the best fit among the school's needs.") double fitScore,
            @Schema(description = "0-100: fit × (0.6 + 0.4 × need index / 100), so higher-need schools lead among comparable fits.")
            double score,
            List<CoveredNeed> needs) {
    }

    @Schema(name = "Opportunities")
    public record OpportunitiesResponse(UUID organizationId, Map<String, Double> weights, List<Opportunity> results) {
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
