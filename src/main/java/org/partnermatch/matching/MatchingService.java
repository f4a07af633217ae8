package org.partnermatch.matching;

import org.partnermatch.common.ChangeFeed;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.jboss.logging.Logger;
import org.partnermatch.common.DistrictConventions;
import org.partnermatch.common.EarlyLoadedIndex;
import org.partnermatch.common.DistrictTime;
import org.partnermatch.common.ListingsConfig;
import org.partnermatch.common.ProblemException;
import org.partnermatch.matching.CandidateIndex.Snapshot;
import org.partnermatch.matching.MatchDtos.CoveredNeed;
import org.partnermatch.matching.MatchDtos.LeftOut;
import org.partnermatch.matching.MatchDtos.NeedMatch;
import org.partnermatch.matching.MatchDtos.NeedMatchesResponse;
import org.partnermatch.matching.MatchDtos.NeedSummary;
import org.partnermatch.matching.MatchDtos.OfferingMatch;
import org.partnermatch.matching.MatchDtos.OpportunitiesResponse;
import org.partnermatch.matching.MatchDtos.Opportunity;
import org.partnermatch.matching.MatchDtos.OrganizationSummary;
import org.partnermatch.matching.MatchDtos.SchoolMatch;
import org.partnermatch.matching.MatchDtos.SchoolMatchesResponse;
import org.partnermatch.matching.MatchDtos.SchoolSummary;
import org.partnermatch.matching.core.CandidatePool;
import org.partnermatch.matching.core.MatchCandidate;
import org.partnermatch.matching.core.MatchResult;
import org.partnermatch.matching.core.MatchScorer;
import org.partnermatch.matching.core.MatchWeights;
import org.eclipse.microprofile.config.ConfigProvider;
import org.partnermatch.matching.core.NeedProfile;
import org.partnermatch.matching.core.NeedRanking;
import org.partnermatch.matching.core.OpportunityRanking;
import org.partnermatch.matching.core.OrganizationProfile;
import org.partnermatch.matching.core.OverduePenalty;
import org.partnermatch.matching.core.PreparedNeed;
import org.partnermatch.matching.core.SchoolProfile;
import org.partnermatch.matching.core.SchoolRanking;
import org.partnermatch.matching.core.SchoolShortlist;
import org.partnermatch.need.Need;
import org.partnermatch.need.NeedService;
import org.partnermatch.organization.Organization;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.school.NeedIndex;
import org.partnermatch.school.School;
import org.partnermatch.school.SchoolService;
import org.partnermatch.security.Caller;
import org.partnermatch.vocabulary.NeedStatus;
import org.partnermatch.vocabulary.Timing;

/**
 * Ranks partners for a need, for a whole school, and schools for an organization. Candidates come from this
 * replica's {@link CandidateIndex} (kept fresh by the {@link ChangeFeed}); the needs being matched are read fresh
 * from the database so a principal always sees matches for what the school states right now.
 */
@ApplicationScoped
public class MatchingService implements EarlyLoadedIndex {

    private static final Logger LOG = Logger.getLogger(MatchingService.class);

    private final CandidateIndex index;
    private final ChangeFeed feed;
    private final MatchingConfig config;
    private final NeedService needs;
    private final SchoolService schools;
    private final OrganizationService organizations;
    private final Caller caller;
    private final ShortlistCache<SchoolMatchesJson> shortlists;
    private volatile PlainBudget plainBudget;
    private final ObjectMapper json;
    private final MatchWeights configuredWeights;

    public MatchingService(AgroalDataSource dataSource, MatchingConfig config, ListingsConfig listings,
                           NeedService needs, SchoolService schools, OrganizationService organizations, Caller caller,
                           ObjectMapper json) {
        this.json = json;
        this.configuredWeights = MatchingConfig.weights(ConfigProvider.getConfig());
        this.config = config;
        this.needs = needs;
        this.schools = schools;
        this.organizations = organizations;
        this.caller = caller;
        if (!(config.overduePenalty() >= 0 && config.overduePenalty() <= 100)) {
            throw new IllegalStateException("partnermatch.matching.overdue-penalty must lie in 0..100 points, was "
                    + config.overduePenalty());
        }
        this.index = new CandidateIndex(dataSource, new SqlTrackRecords(), config.declineMemoryDays(),
                listings.verifyEvery().plus(listings.grace()), java.time.Clock.systemUTC());
        this.feed = new ChangeFeed("matching", dataSource, index, config.reconnectDelay(), config.reconnectMaxDelay(),
                config.applyInterval());
        this.shortlists = new ShortlistCache<>(config.schoolShortlistCacheSize(),
                config.schoolResponseCacheBytes().asLongValue(), (shortlist, response) -> response.gzip().length);
    }

    @Override
    public ChangeFeed changeFeed() {
        return feed;
    }

    void onStart(@Observes StartupEvent event) throws InterruptedException {
        feed.start();
        if (!feed.awaitFirstLoad(Duration.ofSeconds(60))) {
            LOG.warn("The matching index is still loading; matches will be empty until it is in");
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        feed.close();
    }

    /** This replica's index (for tests and diagnostics). */
    public CandidateIndex index() {
        return index;
    }

    /** Whether the change feed keeps this replica's index current right now (for readiness). */
    public ChangeFeed.Status feedStatus() {
        return feed.status();
    }

    /** The current read model, for district-wide computations (reports, allocation) that score many pairs. */
    public Snapshot snapshot() {
        return index.snapshot();
    }

    /** A scorer with the configured weights over the snapshot's taxonomy. */
    public MatchScorer configuredScorer(Snapshot snapshot) {
        return new MatchScorer(configuredWeights, config.category().toCategoryScores(),
                snapshot.taxonomy(), DistrictConventions.distanceUnit(), overduePenalty());
    }

    @Transactional
    public NeedMatchesResponse forNeed(UUID needId, Map<String, Double> overrides, int limit) {
        Need need = needs.get(needId);
        caller.requireSchool(need.schoolId);
        if (need.status != NeedStatus.open) {
            throw ProblemException.conflict("Only open needs are matched; this need is " + need.status + ".");
        }
        Snapshot snapshot = index.snapshot();
        MatchScorer scorer = scorer(overrides, snapshot);
        Instant now = Instant.now();
        PreparedNeed prepared = scorer.prepare(snapshot.withDeclines(profile(need), now),
                schoolProfile(need.schoolId, snapshot));
        CandidatePool pool = snapshot.poolFor(need.categoryCode);
        // totals for every candidate, explanations only for the organizations returned
        MatchScorer.TopMatches top = scorer.bestMatchesOfTopOrganizations(prepared, pool, limit);
        List<NeedRanking.Entry> ranked = NeedRanking.rank(top.matches());
        List<NeedMatch> results = new ArrayList<>();
        for (NeedRanking.Entry entry : ranked) {
            if (results.size() == limit) {
                break;
            }
            results.add(new NeedMatch(results.size() + 1, organization(entry.organizationId(), snapshot),
                    offering(entry.best(), snapshot), entry.others().stream().map(r -> offering(r, snapshot)).toList()));
        }
        List<LeftOut> leftOut = snapshot.declinesOf(need.id, now).stream()
                .map(d -> LeftOut.from(d, organization(d.organizationId(), snapshot))).toList();
        return new NeedMatchesResponse(need.id, need.schoolId, scorer.weights().asMap(), top.eligibleOrganizations(),
                results, leftOut);
    }

    /**
     * A school's matches as the JSON the API sends, gzip-compressed (a response lists up to 20 organizations with
     * every need each covers, twelve factors apiece: tens to hundreds of kB of JSON, about a twelfth of that
     * compressed).
     * Remembered per snapshot with the shortlist (see {@link ShortlistCache}) while the compressed bytes fit the
     * budget, keyed on the school, its open needs' ids and versions
     * (read with one indexed query, so an edit shows at once), the organizations that recently declined them, the
     * weights and the limit: a repeated request reads no entities, scores nothing and writes no JSON.
     */
    public SchoolMatchesJson forSchoolJson(UUID schoolId, Map<String, Double> overrides, int limit) {
        Snapshot snapshot = index.snapshot();
        SchoolProfile schoolProfile = snapshot.schools().get(schoolId);
        if (schoolProfile == null) {
            schoolProfile = schoolProfile(schools.get(schoolId)); // 404, or created a moment ago and not yet announced
        }
        caller.requireSchool(schoolId);
        MatchWeights weights = weights(overrides);
        Instant now = Instant.now();
        List<Object> stated = new ArrayList<>();
        for (CandidateIndex.OpenNeedVersion need : index.openNeedVersions(schoolId)) {
            stated.add(need);
            Set<UUID> declinedBy = snapshot.declinedBy(need.id(), now);
            if (!declinedBy.isEmpty()) {
                stated.add(declinedBy);
            }
        }
        SchoolProfile school = schoolProfile;
        // the needs themselves are loaded only when the shortlist or its JSON has to be built
        OpenNeeds open = new OpenNeeds(schoolId, snapshot, now);
        MatchScorer scorer = new MatchScorer(weights, config.category().toCategoryScores(), snapshot.taxonomy(),
                DistrictConventions.distanceUnit(), overduePenalty());
        PlainBudget budget = plainBudget(snapshot);
        return shortlists.get(snapshot, new ShortlistCache.Key(school, stated, weights, limit), () -> {
            List<PreparedNeed> prepared = new ArrayList<>();
            for (NeedProfile profile : open.profiles()) {
                prepared.add(scorer.prepare(profile, school));
            }
            return scorer.shortlistForSchool(prepared, snapshot::poolFor, limit);
        }, shortlist -> new SchoolMatchesJson(gzipJson(new SchoolMatchesResponse(schoolId, open.summaries(),
                weights.asMap(), explain(scorer, shortlist, open.byId(), limit, snapshot))), budget));
    }

    /**
     * A school's matches as JSON, written once: gzip-compressed on the heap (sent as it is to clients that accept gzip,
     * browsers and most HTTP clients), and for clients that do not, the JSON itself, inflated on the first such request
     * and then kept outside the heap while the snapshot's {@link PlainBudget} allows (about twelve times the compressed
     * size each). Past the budget the JSON is inflated again on every plain request.
     */
    public static final class SchoolMatchesJson {
        private final byte[] gzip;
        private final PlainBudget budget;
        private volatile ByteBuffer plain;

        SchoolMatchesJson(byte[] gzip, PlainBudget budget) {
            this.gzip = gzip;
            this.budget = budget;
        }

        /** The compressed JSON (the array is shared: never write to it). */
        public byte[] gzip() {
            return gzip;
        }

        /** The JSON itself, as a read-only buffer of its own (position 0, limit its length). */
        public ByteBuffer plain() {
            ByteBuffer kept = plain;
            if (kept == null) {
                byte[] inflated = inflate(gzip);
                synchronized (this) {
                    kept = plain;
                    if (kept == null) {
                        if (!budget.reserve(inflated.length)) {
                            return ByteBuffer.wrap(inflated).asReadOnlyBuffer();
                        }
                        ByteBuffer direct = ByteBuffer.allocateDirect(inflated.length);
                        direct.put(inflated).flip();
                        kept = direct.asReadOnlyBuffer();
                        plain = kept;
                    }
                }
            }
            return kept.duplicate();
        }

        private static byte[] inflate(byte[] gzip) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 16 * 1024)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Bytes of uncompressed school-matches JSON kept outside the heap for one snapshot
     * ({@code partnermatch.matching.school-response-plain-bytes}); a new snapshot starts a new budget, and the old
     * snapshot's buffers go with its responses once no request holds them.
     */
    static final class PlainBudget {
        private final Snapshot snapshot;
        private final long max;
        private final AtomicLong used = new AtomicLong();

        PlainBudget(Snapshot snapshot, long max) {
            this.snapshot = snapshot;
            this.max = max;
        }

        boolean reserve(long bytes) {
            if (used.addAndGet(bytes) <= max) {
                return true;
            }
            used.addAndGet(-bytes);
            return false;
        }
    }

    /** The plain-JSON budget of this snapshot (a new one when the snapshot changed). */
    private PlainBudget plainBudget(Snapshot snapshot) {
        PlainBudget budget = plainBudget;
        if (budget == null || budget.snapshot != snapshot) {
            budget = new PlainBudget(snapshot, config.schoolResponsePlainBytes().asLongValue());
            plainBudget = budget;
        }
        return budget;
    }

    /** A school's open needs, read through the need service on first use (a cache miss) and then kept. */
    private final class OpenNeeds {
        private final UUID schoolId;
        private final Snapshot snapshot;
        private final Instant now;
        private List<Need> loaded;

        OpenNeeds(UUID schoolId, Snapshot snapshot, Instant now) {
            this.schoolId = schoolId;
            this.snapshot = snapshot;
            this.now = now;
        }

        private List<Need> needs() {
            if (loaded == null) {
                loaded = needs.openNeedsOf(schoolId);
            }
            return loaded;
        }

        List<NeedProfile> profiles() {
            return needs().stream().map(n -> snapshot.withDeclines(profile(n), now)).toList();
        }

        Map<UUID, Need> byId() {
            Map<UUID, Need> byId = new HashMap<>();
            needs().forEach(n -> byId.put(n.id, n));
            return byId;
        }

        List<NeedSummary> summaries() {
            return needs().stream().map(n -> new NeedSummary(n.id, n.title, n.categoryCode, n.priority,
                    n.studentsAffected)).toList();
        }
    }

    private byte[] gzipJson(SchoolMatchesResponse response) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64 * 1024);
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes, 8192)) {
            json.writeValue(out, response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not write a school's matches", e);
        }
        return bytes.toByteArray();
    }

    private static List<SchoolMatch> explain(MatchScorer scorer, SchoolShortlist shortlist, Map<UUID, Need> needById,
                                             int limit, Snapshot snapshot) {
        List<SchoolRanking.Entry> ranked = scorer.explain(shortlist);
        List<SchoolMatch> matches = new ArrayList<>();
        for (SchoolRanking.Entry entry : ranked.subList(0, Math.min(limit, ranked.size()))) {
            List<CoveredNeed> covered = entry.needs().stream().map(c -> new CoveredNeed(c.needId(),
                    needById.get(c.needId()).title, c.priority(), offering(c.match(), snapshot))).toList();
            matches.add(new SchoolMatch(matches.size() + 1, organization(entry.organizationId(), snapshot),
                    MatchDtos.round(entry.percent()), covered));
        }
        return List.copyOf(matches);
    }

    @Transactional
    public OpportunitiesResponse forOrganization(UUID organizationId, Map<String, Double> overrides, int limit) {
        Organization organization = organizations.getVisible(organizationId);
        caller.requireOrganization(organization.id);
        return opportunities(organization, overrides, limit);
    }

    /**
     * The same ranking with the configured weights and no caller checks: for the weekly digest e-mail (package
     * notification), which a scheduled job writes on the organization's behalf.
     */
    @Transactional
    public OpportunitiesResponse opportunitiesForDigest(UUID organizationId, int limit) {
        return opportunities(organizations.get(organizationId), Map.of(), limit);
    }

    private OpportunitiesResponse opportunities(Organization organization, Map<String, Double> overrides, int limit) {
        Snapshot snapshot = index.snapshot();
        MatchScorer scorer = scorer(overrides, snapshot);
        List<MatchCandidate> own = snapshot.candidatesOf(organization.id);
        if (own.isEmpty()) {
            return new OpportunitiesResponse(organization.id, scorer.weights().asMap(), List.of());
        }
        List<Opportunity> opportunities = new ArrayList<>();
        for (OpportunityRanking.Opportunity o : scorer.rankOpportunities(snapshot.preparedOpenNeeds(),
                CandidatePool.of(own), snapshot.schools(), limit)) {
            SchoolProfile school = snapshot.schools().get(o.schoolId());
            List<CoveredNeed> covered = o.needs().stream().map(r -> {
                NeedProfile need = snapshot.openNeeds().get(r.needId());
                return new CoveredNeed(r.needId(), need == null ? null : need.title(),
                        need == null ? null : need.priority(), offering(r, snapshot));
            }).toList();
            opportunities.add(new Opportunity(opportunities.size() + 1,
                    new SchoolSummary(school.id(), school.name(), school.region(), school.titleI(), school.needIndex()),
                    MatchDtos.round(o.fitScore() * 100), MatchDtos.round(o.score() * 100), covered));
        }
        return new OpportunitiesResponse(organization.id, scorer.weights().asMap(), opportunities);
    }

    private MatchScorer scorer(Map<String, Double> overrides, Snapshot snapshot) {
        return new MatchScorer(weights(overrides), config.category().toCategoryScores(), snapshot.taxonomy(),
                DistrictConventions.distanceUnit(), overduePenalty());
    }

    private MatchWeights weights(Map<String, Double> overrides) {
        if (overrides.isEmpty()) {
            return configuredWeights;
        }
        try {
            return configuredWeights.withOverrides(overrides);
        } catch (IllegalArgumentException e) {
            // each override was checked already; what is left is "every weight is zero"
            throw ProblemException.badRequest("weight", "at least one factor needs a weight above 0");
        }
    }

    private OverduePenalty overduePenalty() {
        return new OverduePenalty(config.overduePenalty() / 100.0, DistrictTime.zone(), DistrictConventions.locale());
    }

    private SchoolProfile schoolProfile(UUID schoolId, Snapshot snapshot) {
        SchoolProfile cached = snapshot.schools().get(schoolId);
        return cached != null ? cached : schoolProfile(schools.get(schoolId)); // created a moment ago, not yet announced
    }

    private static SchoolProfile schoolProfile(School school) {
        Double frl = school.frlPercent == null ? null : school.frlPercent.doubleValue();
        Double ell = school.ellPercent == null ? null : school.ellPercent.doubleValue();
        Integer rank = school.qualityRank == null ? null : school.qualityRank.intValue();
        return new SchoolProfile(school.id, school.name, school.latitude, school.longitude, school.region,
                school.titleI, frl, ell,
                school.homeLanguages == null ? java.util.Set.of() : new java.util.LinkedHashSet<>(Arrays.asList(school.homeLanguages)),
                rank, NeedIndex.assess(frl, ell, school.titleI, rank).value());
    }

    private static NeedProfile profile(Need need) {
        java.util.Set<Timing> timings = java.util.EnumSet.noneOf(Timing.class);
        for (String timing : need.timings) {
            timings.add(Timing.valueOf(timing));
        }
        return new NeedProfile(need.id, need.schoolId, need.categoryCode, need.title, need.description,
                need.gradeLow, need.gradeHigh, need.studentsAffected, need.priority, timings,
                new java.util.LinkedHashSet<>(Arrays.asList(need.languages)));
    }

    private static OrganizationSummary organization(UUID id, Snapshot snapshot) {
        OrganizationProfile org = snapshot.organizations().get(id);
        return org == null ? new OrganizationSummary(id, null, List.of(), List.of()) : OrganizationSummary.from(org);
    }

    private static OfferingMatch offering(MatchResult result, Snapshot snapshot) {
        return OfferingMatch.from(result, snapshot.offerings().get(result.offeringId()));
    }
}
