package org.partnermatch.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnermatch.common.ProblemException;
import org.partnermatch.matching.CandidateIndex.Snapshot;
import org.partnermatch.matching.MatchingService;
import org.partnermatch.matching.core.CandidatePool;
import org.partnermatch.matching.core.MatchScorer;
import org.partnermatch.matching.core.OrganizationProfile;
import org.partnermatch.matching.core.PreparedNeed;
import org.partnermatch.matching.core.SchoolProfile;
import org.partnermatch.report.PartnershipFacts.PartnershipRow;
import org.partnermatch.report.ReportDtos.CategoryCoverage;
import org.partnermatch.report.ReportDtos.Coverage;
import org.partnermatch.report.ReportDtos.CoverageReport;
import org.partnermatch.report.ReportDtos.EquityGroup;
import org.partnermatch.report.ReportDtos.EquityReport;
import org.partnermatch.report.ReportDtos.EquityVerdict;
import org.partnermatch.report.ReportDtos.IncompleteEquityProfile;
import org.partnermatch.report.ReportDtos.IncompleteEquityReport;
import org.partnermatch.report.ReportDtos.NeedCoverage;
import org.partnermatch.report.ReportDtos.NeedCoverage.Status;
import org.partnermatch.report.ReportDtos.PartnershipMix;
import org.partnermatch.report.ReportDtos.RegionCoverage;
import org.partnermatch.report.ReportDtos.ReportFilters;
import org.partnermatch.report.ReportDtos.SchoolCoverage;
import org.partnermatch.report.ReportQueries.OpenNeed;
import org.partnermatch.report.ReportQueries.Scope;
import org.partnermatch.vocabulary.Leadership;

/**
 * Coverage and equity reports. Open needs and schools are read fresh from the database; which offerings could serve
 * a need comes from the matching index (the same hard constraints and scores principals see), and partnerships
 * through {@link PartnershipFacts}.
 */
@ApplicationScoped
public class ReportService {

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{2}|\\d{4})");

    private final ReportQueries queries;
    private final MatchingService matching;
    private final PartnershipFacts partnerships;
    private final ReportConfig config;

    public ReportService(ReportQueries queries, MatchingService matching, PartnershipFacts partnerships,
                         ReportConfig config) {
        this.queries = queries;
        this.matching = matching;
        this.partnerships = partnerships;
        this.config = config;
    }

    /** Raw report parameters, validated here so every problem names its parameter. */
    public record ReportRequest(String region, String category, String schoolYear, Double goodMatch) {
        /** The whole district, this school year, the default good-match threshold. */
        public static ReportRequest all() {
            return new ReportRequest(null, null, null, null);
        }
    }

    private record Computed(ReportFilters filters, List<SchoolProfile> schools, List<NeedCoverage> needs,
                            Snapshot snapshot) {
    }

    public CoverageReport coverage(ReportRequest request) {
        Computed c = compute(request);
        Map<UUID, Coverage> bySchool = new LinkedHashMap<>();
        c.schools().forEach(s -> bySchool.put(s.id(), Coverage.empty()));
        Map<String, Coverage> byRegion = new TreeMap<>();
        Map<String, Integer> schoolsPerRegion = new TreeMap<>();
        c.schools().forEach(s -> {
            byRegion.putIfAbsent(regionKey(s), Coverage.empty());
            schoolsPerRegion.merge(regionKey(s), 1, Integer::sum);
        });
        Map<UUID, String> regionOf = new HashMap<>();
        c.schools().forEach(s -> regionOf.put(s.id(), regionKey(s)));
        Map<String, Coverage> byCategory = new TreeMap<>();
        Coverage totals = Coverage.empty();
        for (NeedCoverage need : c.needs()) {
            bySchool.computeIfPresent(need.schoolId(), (k, v) -> v.plus(need));
            byRegion.computeIfPresent(regionOf.get(need.schoolId()), (k, v) -> v.plus(need));
            byCategory.merge(need.category(), Coverage.empty().plus(need), (a, b) -> a.plus(need));
            totals = totals.plus(need);
        }
        List<SchoolCoverage> schools = c.schools().stream().map(s -> new SchoolCoverage(s.id(), s.name(), s.region(),
                s.titleI(), s.needIndex(), bySchool.get(s.id()))).toList();
        List<RegionCoverage> regions = byRegion.entrySet().stream().map(e -> new RegionCoverage(
                e.getKey().isEmpty() ? null : e.getKey(), schoolsPerRegion.get(e.getKey()), e.getValue())).toList();
        List<CategoryCoverage> categories = byCategory.entrySet().stream().map(e -> new CategoryCoverage(e.getKey(),
                c.snapshot().taxonomy().name(e.getKey()), e.getValue())).toList();
        return new CoverageReport(c.filters(), totals, schools, regions, categories);
    }

    /** Schools in scope with unknown equity figures, and which (category and school year do not apply). */
    public IncompleteEquityReport incompleteEquity(ReportRequest request) {
        Scope scope = scope(request.region(), null, null, null);
        List<IncompleteEquityProfile> items = queries.incompleteEquity(scope).stream()
                .map(p -> new IncompleteEquityProfile(p.schoolId(), p.name(), p.region(), p.missing(),
                        p.missing().containsAll(List.of("titleI", "freeReducedLunchPercent", "englishLearnerPercent"))))
                .toList();
        return new IncompleteEquityReport(new ReportFilters(scope.region(), null, null, config.goodMatchThreshold()),
                items.size(), items);
    }

    /** Schools without a region are counted under "" (shown as a null region, sorted first). */
    private static String regionKey(SchoolProfile school) {
        return school.region() == null ? "" : school.region();
    }

    /**
     * Quartiles rank only the schools whose need index rests on at least one known figure; schools with none of FRL,
     * EL and Title I known form a group of their own ("unknown"), as do schools whose Title I status is unknown.
     */
    public EquityReport equity(ReportRequest request) {
        Computed c = compute(request);
        List<SchoolProfile> ranked = new ArrayList<>(c.schools().stream().filter(SchoolProfile::needIndexKnown).toList());
        List<SchoolProfile> all = c.schools();
        ranked.sort(Comparator.comparingDouble(SchoolProfile::needIndex).thenComparing(SchoolProfile::id));
        Map<UUID, Integer> quartileOf = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            quartileOf.put(ranked.get(i).id(), 1 + i * 4 / ranked.size());
        }
        Set<UUID> inScope = new java.util.HashSet<>();
        all.forEach(s -> inScope.add(s.id()));
        List<PartnershipRow> counted = partnerships.countedPartnerships().stream()
                .filter(p -> inScope.contains(p.schoolId())).toList();
        Map<UUID, OrganizationProfile> organizations = c.snapshot().organizations();

        List<EquityGroup> quartiles = new ArrayList<>();
        String[] labels = {"Quartile 1 (lowest need)", "Quartile 2", "Quartile 3", "Quartile 4 (highest need)"};
        for (int q = 1; q <= 4; q++) {
            int quartile = q;
            quartiles.add(group("q" + q, labels[q - 1], ranked, s -> quartileOf.get(s.id()) == quartile, c.needs(),
                    counted, organizations));
        }
        if (ranked.size() < all.size()) {
            quartiles.add(group("unknown", "Need index unknown", all,
                    s -> !s.needIndexKnown(), c.needs(), counted, organizations));
        }
        List<EquityGroup> titleI = new ArrayList<>(List.of(
                group("title_i", "Title I schools", all, s -> Boolean.TRUE.equals(s.titleI()), c.needs(), counted,
                        organizations),
                group("not_title_i", "Schools without Title I", all, s -> Boolean.FALSE.equals(s.titleI()), c.needs(),
                        counted, organizations)));
        if (all.stream().anyMatch(s -> s.titleI() == null)) {
            titleI.add(group("title_i_unknown", "Title I unknown", all, s -> s.titleI() == null, c.needs(),
                    counted, organizations));
        }
        EquityGroup top = group("q4", "", ranked, s -> quartileOf.get(s.id()) == 4, c.needs(), counted, organizations);
        EquityGroup rest = group("q1-3", "", ranked, s -> quartileOf.get(s.id()) < 4, c.needs(), counted, organizations);
        // (groups over "ranked" see only schools with a known index; quartileOf holds exactly those)
        Double topShare = top.partneredOrGoodMatchShare();
        Double restShare = rest.partneredOrGoodMatchShare();
        EquityVerdict verdict = new EquityVerdict(topShare, restShare,
                topShare == null || restShare == null ? null : topShare >= restShare);
        return new EquityReport(c.filters(), quartiles, titleI, verdict, mix(counted, organizations));
    }

    private EquityGroup group(String key, String label, List<SchoolProfile> schools,
                              java.util.function.Predicate<SchoolProfile> member, List<NeedCoverage> needs,
                              List<PartnershipRow> counted, Map<UUID, OrganizationProfile> organizations) {
        Set<UUID> ids = new java.util.HashSet<>();
        Double min = null;
        Double max = null;
        for (SchoolProfile s : schools) {
            if (member.test(s)) {
                ids.add(s.id());
                min = min == null ? s.needIndex() : Math.min(min, s.needIndex());
                max = max == null ? s.needIndex() : Math.max(max, s.needIndex());
            }
        }
        Coverage coverage = Coverage.empty();
        for (NeedCoverage need : needs) {
            if (ids.contains(need.schoolId())) {
                coverage = coverage.plus(need);
            }
        }
        int open = coverage.openNeeds();
        return new EquityGroup(key, label, ids.size(), min, max, coverage,
                share(coverage.needsWithActivePartnership(), open),
                share(coverage.needsWithActivePartnership() + coverage.needsWithGoodMatchOnly(), open),
                share(coverage.partnerDeserts(), open),
                mix(counted.stream().filter(p -> ids.contains(p.schoolId())).toList(), organizations));
    }

    static PartnershipMix mix(List<PartnershipRow> rows, Map<UUID, OrganizationProfile> organizations) {
        int bipoc = 0;
        int black = 0;
        int specific = 0;
        for (PartnershipRow row : rows) {
            OrganizationProfile org = organizations.get(row.organizationId());
            if (org == null) {
                continue;
            }
            Set<Leadership> leadership = org.leadership();
            // Black-led organizations are BIPOC-led whether or not they also tick that box
            if (leadership.contains(Leadership.bipoc_led) || leadership.contains(Leadership.black_led)) {
                bipoc++;
            }
            if (leadership.contains(Leadership.black_led)) {
                black++;
            }
            if (!org.communitiesServed().isEmpty()
                    || leadership.stream().anyMatch(Leadership::isCommunity)) {
                specific++;
            }
        }
        int n = rows.size();
        return new PartnershipMix(n, bipoc, black, specific, share(bipoc, n), share(black, n), share(specific, n));
    }

    static Double share(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    private Computed compute(ReportRequest request) {
        Scope scope = scope(request.region(), request.category(), request.schoolYear(), null);
        double threshold = request.goodMatch() == null ? config.goodMatchThreshold() : request.goodMatch();
        if (!(threshold >= 0 && threshold <= 1)) {
            throw ProblemException.badRequest("goodMatch", "must be between 0 and 1");
        }
        ReportFilters filters = new ReportFilters(scope.region(), scope.category(), normalizedYear(request.schoolYear()),
                threshold);
        List<SchoolProfile> schools = queries.schools(scope);
        List<OpenNeed> open = queries.openNeeds(scope);
        Snapshot snapshot = matching.snapshot();
        MatchScorer scorer = matching.configuredScorer(snapshot);
        Set<UUID> partnered = partnerships.needsWithActivePartnership();
        Map<UUID, SchoolProfile> schoolById = new HashMap<>();
        schools.forEach(s -> schoolById.put(s.id(), s));
        List<NeedCoverage> needs = new ArrayList<>(open.size());
        for (OpenNeed need : open) {
            SchoolProfile school = schoolById.get(need.profile().schoolId());
            Status status;
            if (partnered.contains(need.profile().id())) {
                status = Status.PARTNERED;
            } else {
                double best = bestScore(scorer, scorer.prepare(need.profile(), school),
                        snapshot.poolFor(need.profile().categoryCode()));
                status = best >= threshold ? Status.GOOD_MATCH
                        : best >= 0 ? Status.WEAK_MATCH : Status.DESERT;
            }
            needs.add(new NeedCoverage(need.profile().id(), school.id(), need.profile().categoryCode(),
                    need.profile().studentsAffected(), status));
        }
        return new Computed(filters, schools, needs, snapshot);
    }

    /** The best total of any eligible candidate, or {@link MatchScorer#INELIGIBLE} when none is eligible. */
    static double bestScore(MatchScorer scorer, PreparedNeed need, CandidatePool pool) {
        double[] best = {MatchScorer.INELIGIBLE};
        scorer.eligibleTotals(need, pool, (candidate, total) -> best[0] = Math.max(best[0], total));
        return best[0];
    }

    /** Validates report and plan filters into a {@link Scope}. */
    public Scope scope(String region, String category, String schoolYear, Set<UUID> schoolIds) {
        String r = region == null || region.isBlank() ? null : region.trim();
        String cat = category == null || category.isBlank() ? null : category.trim().toLowerCase(Locale.ROOT);
        if (cat != null && !queries.categoryExists(cat)) {
            throw ProblemException.badRequest("category", "no such category: " + cat);
        }
        if (schoolYear == null || schoolYear.isBlank()) {
            return new Scope(r, cat, null, null, schoolIds);
        }
        int start = schoolYearStart(schoolYear);
        return new Scope(r, cat, LocalDate.of(start, 7, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
                LocalDate.of(start + 1, 7, 1).atStartOfDay().toInstant(ZoneOffset.UTC), schoolIds);
    }

    /** "2025-26" or "2025-2026": the school year running from 1 July 2025 to 30 June 2026. */
    static int schoolYearStart(String raw) {
        Matcher m = SCHOOL_YEAR.matcher(raw.trim());
        if (m.matches()) {
            int start = Integer.parseInt(m.group(1));
            String end = m.group(2);
            int next = end.length() == 2 ? (start + 1) % 100 : start + 1;
            if (Integer.parseInt(end) == next && start >= 2000 && start <= 2100) {
                return start;
            }
        }
        throw ProblemException.badRequest("schoolYear", "must be a school year such as 2025-26");
    }

    private static String normalizedYear(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        int start = schoolYearStart(raw);
        return start + "-" + String.format(Locale.ROOT, "%02d", (start + 1) % 100);
    }
}
