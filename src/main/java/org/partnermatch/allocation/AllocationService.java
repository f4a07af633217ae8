package org.partnermatch.allocation;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.partnermatch.allocation.AllocationDtos.AllocationJob;
import org.partnermatch.allocation.AllocationDtos.AllocationPlan;
import org.partnermatch.allocation.AllocationDtos.AllocationRequest;
import org.partnermatch.allocation.AllocationDtos.Comparison;
import org.partnermatch.allocation.AllocationDtos.JobStatus;
import org.partnermatch.allocation.AllocationDtos.PlanLine;
import org.partnermatch.allocation.AllocationDtos.PlanScope;
import org.partnermatch.allocation.AllocationDtos.PlanTotals;
import org.partnermatch.allocation.AllocationDtos.SchoolPlan;
import org.partnermatch.allocation.AllocationProblem.Arc;
import org.partnermatch.allocation.AllocationProblem.Demand;
import org.partnermatch.allocation.AllocationProblem.Supply;
import org.partnermatch.common.ComputeSlots;
import org.partnermatch.common.ProblemException;
import org.partnermatch.matching.CandidateIndex.Snapshot;
import org.partnermatch.matching.MatchingService;
import org.partnermatch.matching.core.MatchScorer;
import org.partnermatch.matching.core.NeedProfile;
import org.partnermatch.matching.core.OfferingProfile;
import org.partnermatch.matching.core.OrganizationProfile;
import org.partnermatch.matching.core.SchoolProfile;
import org.partnermatch.report.ReportConfig;
import org.partnermatch.report.ReportQueries;
import org.partnermatch.report.ReportQueries.Scope;
import org.partnermatch.report.ReportService;

/**
 * District-wide allocation: builds the instance from fresh open needs and the matching index, solves it exactly
 * ({@link FlowAllocator}) next to the first-come baseline ({@link GreedyAllocator}), and keeps the result as a job.
 *
 * <p>Every job is kept in the database on each status change ({@link AllocationPlans}), so it reads back after a
 * restart and on any replica; the replica running it also holds the newest {@code keptJobs} in memory.
 */
@ApplicationScoped
public class AllocationService {

    private static final Logger LOG = Logger.getLogger(AllocationService.class);

    private final ReportQueries queries;
    private final ReportService reports;
    private final MatchingService matching;
    private final ReportConfig reportConfig;
    private final AllocationConfig config;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "allocation");
        t.setDaemon(true);
        return t;
    });
    private final Map<UUID, AllocationJob> jobs = new LinkedHashMap<>();
    private final AllocationPlans plans;
    /** A request waits for the plans being built as long as any request waits its turn ({@link ComputeSlots#maxWait}). */
    private final ComputeSlots slots;

    public AllocationService(ReportQueries queries, ReportService reports, MatchingService matching,
                             ReportConfig reportConfig, AllocationConfig config, AllocationPlans plans,
                             ComputeSlots slots) {
        this.plans = plans;
        this.slots = slots;
        this.queries = queries;
        this.reports = reports;
        this.matching = matching;
        this.reportConfig = reportConfig;
        this.config = config;
        this.building = new Semaphore(Math.max(1, config.builders()), true);
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    /** Plans (queued or running jobs) that may wait at once, each holding its instance in the heap. */
    static final int MAX_WAITING_JOBS = 2;

    /** Fair: requests waiting for their turn are served in arrival order, so none waits out its time behind later ones. */
    private final Semaphore building;

    private static ProblemException busy() {
        return new ProblemException(429, "too-many-requests", "Too many requests",
                "Other plans are being computed; retry after the Retry-After seconds.", List.of(), 5);
    }

    private int waitingJobs() {
        synchronized (jobs) {
            int waiting = 0;
            for (AllocationJob job : jobs.values()) {
                if (job.status() == JobStatus.queued || job.status() == JobStatus.running) {
                    waiting++;
                }
            }
            return waiting;
        }
    }

    /**
     * Inputs read in the request, solved now or later.
     *
     * @param problem       the instance the solvers get ({@link AllocationProblem#pruned}: the pairs a plan can need)
     * @param eligiblePairs the pairs that passed the hard constraints and the lowest score, before pruning
     * @param listingNotes  why an offering ranks lower, for offerings whose listing is overdue for confirmation
     */
    private record Prepared(AllocationProblem problem, int eligiblePairs, Snapshot snapshot,
                            Map<UUID, SchoolProfile> schools, Map<UUID, NeedProfile> needs,
                            Map<UUID, String> listingNotes) {
    }

    /** Runs or queues a plan; the job is done when it comes back inline. */
    public AllocationJob start(AllocationRequest request) {
        AllocationRequest r = request == null ? new AllocationRequest(null, null, null, null, null) : request;
        Scope scope = reports.scope(r.region(), r.category(), null,
                r.schoolIds() == null || r.schoolIds().isEmpty() ? null : new LinkedHashSet<>(r.schoolIds()));
        if (r.schoolIds() != null) {
            for (int i = 0; i < r.schoolIds().size(); i++) {
                if (r.schoolIds().get(i) == null) {
                    throw ProblemException.badRequest("schoolIds[" + i + "]", "must be a school id");
                }
            }
        }
        double minScore = r.minScore() == null ? reportConfig.goodMatchThreshold() : r.minScore();
        Map<UUID, SchoolProfile> schools = new HashMap<>();
        queries.schools(scope).forEach(s -> schools.put(s.id(), s));
        if (scope.schoolIds() != null && schools.size() < scope.schoolIds().size()) {
            throw ProblemException.badRequest("schoolIds", "names a school that does not exist (or is outside the region)");
        }
        // Each instance is held in the heap until it is solved: only a few plans are built at once (builders), and
        // only a few may wait as jobs, so concurrent requests cannot add up to more than the heap holds.
        boolean acquired;
        AllocationJob done;
        try {
            acquired = building.tryAcquire(slots.maxWait().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        if (!acquired) {
            throw busy();
        }
        try {
            if (waitingJobs() >= MAX_WAITING_JOBS) {
                throw busy();
            }
            Snapshot snapshot = matching.snapshot();
            java.time.Instant now = java.time.Instant.now();
            // organizations that recently declined a need are left out of its allocation, as of its matches
            List<NeedProfile> needs = queries.openNeeds(scope).stream()
                    .map(n -> snapshot.withDeclines(n.profile(), now)).toList();
            MatchScorer scorer = matching.configuredScorer(snapshot);
            AllocationProblem.Built built;
            try {
                built = AllocationProblem.build(needs, schools, snapshot::poolFor, scorer, minScore, config.maxPairs());
            } catch (AllocationProblem.TooLarge e) {
                // the instance lives in the heap until it is solved: an unbounded scope would exhaust it
                String field = r.schoolIds() != null && !r.schoolIds().isEmpty() ? "schoolIds"
                        : r.region() == null && r.category() != null ? "category" : "region";
                throw ProblemException.badRequest(field, String.format(Locale.ROOT,
                        "this scope has more than %,d eligible (need, offering) pairs, more than one plan may hold; "
                                + "narrow it by region, category or schools, or raise minScore", e.maxPairs()));
            }
            AllocationProblem problem = built.problem();
            Map<UUID, NeedProfile> needById = new HashMap<>();
            needs.forEach(n -> needById.put(n.id(), n));
            Map<UUID, String> listingNotes = new HashMap<>();
            for (var supply : problem.supplies()) {
                var candidate = snapshot.candidates().get(supply.offeringId());
                if (candidate != null) {
                    scorer.overdueReason(candidate).ifPresent(note -> listingNotes.put(supply.offeringId(), note));
                }
            }
            Prepared prepared = new Prepared(problem, built.eligiblePairs(), snapshot, schools, needById, listingNotes);
            UUID id = UUID.randomUUID();
            Instant created = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            PlanScope planScope = new PlanScope(r.region(), r.category(), minScore,
                    r.schoolIds() == null || r.schoolIds().isEmpty() ? null : r.schoolIds().size());
            boolean inline = !Boolean.TRUE.equals(r.async()) && problem.arcCount() <= config.inlineMaxPairs();
            if (inline) {
                done = new AllocationJob(id, JobStatus.done, created, Instant.now(), null, plan(prepared), planScope);
            } else {
                AllocationJob queued = new AllocationJob(id, JobStatus.queued, created, null, null, null, planScope);
                store(queued);
                executor.submit(() -> {
                    store(new AllocationJob(id, JobStatus.running, created, null, null, null, planScope));
                    try {
                        store(new AllocationJob(id, JobStatus.done, created, Instant.now(), null, plan(prepared), planScope));
                    } catch (RuntimeException e) {
                        LOG.errorf(e, "Allocation job %s failed", id);
                        store(new AllocationJob(id, JobStatus.failed, created, Instant.now(),
                                "The plan could not be computed; the failure is logged under job " + id + ".", null, planScope));
                    }
                });
                return queued;
            }
        } finally {
            building.release();
        }
        store(done); // the instance is solved and dropped: the next plan need not wait for this write
        return done;
    }

    /** A plan of this run, or one kept in the database from before (a restart); 404 when unknown. */
    public AllocationJob get(UUID id) {
        synchronized (jobs) {
            AllocationJob job = jobs.get(id);
            if (job != null) {
                return job;
            }
        }
        return plans.find(id).orElseThrow(() -> ProblemException.notFound("allocation", id));
    }

    /** The latest plans, newest first, as kept in the database. */
    public List<AllocationJob> recent(int limit) {
        return plans.recent(limit);
    }

    /** Forgets the plans held in memory, as a restart does (tests). */
    void forgetInMemory() {
        synchronized (jobs) {
            jobs.clear();
        }
    }

    private void store(AllocationJob job) {
        plans.save(job);
        synchronized (jobs) {
            jobs.put(job.id(), job);
            while (jobs.size() > config.keptJobs()) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
    }

    private AllocationPlan plan(Prepared p) {
        long t0 = System.nanoTime();
        Assignment optimal = FlowAllocator.solve(p.problem());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Assignment greedy = GreedyAllocator.solve(p.problem());
        PlanTotals best = totals(optimal, p.schools());
        PlanTotals baseline = totals(greedy, p.schools());
        Comparison comparison = new Comparison(gain(best.equityWeightedValue(), baseline.equityWeightedValue()),
                gain(best.objective(), baseline.objective()), best.studentsServed() - baseline.studentsServed());
        return new AllocationPlan(p.problem().demands().size(), p.problem().supplies().size(), p.eligiblePairs(),
                millis, best, baseline, comparison, schoolPlans(optimal, p));
    }

    private static Double gain(double plan, double baseline) {
        return baseline == 0 ? null : round4((plan - baseline) / baseline);
    }

    static PlanTotals totals(Assignment a, Map<UUID, SchoolProfile> schools) {
        AllocationProblem problem = a.problem();
        Map<UUID, Integer> quartile = quartiles(problem, schools);
        long[] affected = new long[4];
        long[] served = new long[4];
        for (Demand d : problem.demands()) {
            affected[quartile.get(d.schoolId()) - 1] += d.students();
        }
        for (Arc arc : problem.arcs()) {
            served[quartile.get(problem.demands().get(arc.demand()).schoolId()) - 1] += a.flow()[arc.index()];
        }
        List<Double> shares = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            shares.add(affected[q] == 0 ? null : round4((double) served[q] / affected[q]));
        }
        return new PlanTotals(a.studentsServed(), round1(a.equityWeightedValue()),
                round1((double) a.objective() / AllocationProblem.SCALE), shares);
    }

    /** Need-index quartile (1 = lowest need) of every school with needs in the problem. */
    static Map<UUID, Integer> quartiles(AllocationProblem problem, Map<UUID, SchoolProfile> schools) {
        List<UUID> ids = new ArrayList<>(problem.schools().keySet());
        ids.sort(Comparator.comparingDouble((UUID id) -> problem.schools().get(id).needIndex()).thenComparing(id -> id));
        Map<UUID, Integer> quartile = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            quartile.put(ids.get(i), 1 + i * 4 / ids.size());
        }
        return quartile;
    }

    private static List<SchoolPlan> schoolPlans(Assignment a, Prepared p) {
        AllocationProblem problem = a.problem();
        Map<UUID, List<PlanLine>> lines = new LinkedHashMap<>();
        Map<UUID, Integer> affected = new HashMap<>();
        Map<UUID, Integer> served = new HashMap<>();
        for (Demand d : problem.demands()) {
            affected.merge(d.schoolId(), d.students(), Integer::sum);
            lines.putIfAbsent(d.schoolId(), new ArrayList<>());
        }
        for (Arc arc : problem.arcs()) {
            int f = a.flow()[arc.index()];
            if (f == 0) {
                continue;
            }
            Demand d = problem.demands().get(arc.demand());
            Supply s = problem.supplies().get(arc.supply());
            OfferingProfile offering = p.snapshot().offerings().get(s.offeringId());
            OrganizationProfile org = p.snapshot().organizations().get(s.organizationId());
            lines.get(d.schoolId()).add(new PlanLine(PlanLine.idOf(d.needId(), s.offeringId()), d.needId(), p.needs().get(d.needId()).title(), s.offeringId(),
                    offering == null ? null : offering.name(), s.organizationId(), org == null ? null : org.name(), f,
                    Math.round(arc.quality() * 1000.0) / 10.0, p.listingNotes().get(s.offeringId())));
            served.merge(d.schoolId(), f, Integer::sum);
        }
        List<SchoolPlan> plans = new ArrayList<>();
        lines.forEach((schoolId, list) -> {
            SchoolProfile school = p.schools().get(schoolId);
            list.sort(Comparator.comparing(PlanLine::needTitle).thenComparing(l -> -l.score()));
            plans.add(new SchoolPlan(schoolId, school.name(), school.needIndex(), affected.get(schoolId),
                    served.getOrDefault(schoolId, 0), list));
        });
        plans.sort(Comparator.comparingDouble(SchoolPlan::needIndex).reversed().thenComparing(SchoolPlan::name));
        return plans;
    }

    private static double round1(double v) {
        return Math.round(v * 10.0) / 10.0;
    }

    private static double round4(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
