package org.partnermatch.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.partnermatch.allocation.AllocationDtos.AllocationJob;
import org.partnermatch.allocation.AllocationDtos.JobStatus;
import org.partnermatch.allocation.AllocationDtos.LineOutcome;
import org.partnermatch.allocation.AllocationDtos.LineResult;
import org.partnermatch.allocation.AllocationDtos.PlanLine;
import org.partnermatch.allocation.AllocationDtos.PlanRequestsRequest;
import org.partnermatch.allocation.AllocationDtos.PlanRequestsResponse;
import org.partnermatch.allocation.AllocationDtos.SchoolPlan;
import org.partnermatch.common.ProblemException;
import org.partnermatch.need.Need;
import org.partnermatch.need.NeedService;
import org.partnermatch.partnership.Partnership;
import org.partnermatch.partnership.PartnershipDtos.PartnershipRequest;
import org.partnermatch.partnership.PartnershipService;
import org.partnermatch.vocabulary.NeedStatus;

/**
 * Turns lines of a finished allocation plan into partnership requests through {@link PartnershipService}, with its
 * rules (approved organization, active offering, open needs of the school, capacity, one open request per school and
 * offering). Lines of one school for one offering become one request for all their needs. Each request is its own
 * transaction, so one refused request does not undo the others; asking again skips what was already requested.
 */
@ApplicationScoped
public class PlanRequestService {

    /** Largest studentsToServe a partnership request takes. */
    private static final int MAX_STUDENTS = 100_000;

    private final AllocationService allocations;
    private final PartnershipService partnerships;
    private final NeedService needs;

    public PlanRequestService(AllocationService allocations, PartnershipService partnerships, NeedService needs) {
        this.allocations = allocations;
        this.partnerships = partnerships;
        this.needs = needs;
    }

    /** A plan line with its school. */
    private record Line(SchoolPlan school, PlanLine line) {
    }

    public PlanRequestsResponse request(UUID allocationId, PlanRequestsRequest request) {
        AllocationJob job = allocations.get(allocationId);
        if (job.status() != JobStatus.done || job.plan() == null) {
            throw ProblemException.conflict("Allocation " + allocationId + " has no plan yet (its status is "
                    + job.status() + "); wait until it is done.");
        }
        if (request.endDate().isBefore(request.startDate())) {
            throw ProblemException.badRequest("endDate", "must not be before startDate");
        }
        List<Line> chosen = choose(job, request.lineIds());

        Map<UUID, LineResult> results = new LinkedHashMap<>();
        // Lines whose need is gone or no longer open are skipped; the rest go by school and offering.
        Map<List<UUID>, List<Line>> groups = new LinkedHashMap<>();
        for (Line l : chosen) {
            String problem = needProblem(l.line().needId());
            if (problem != null) {
                results.put(l.line().id(), result(l, LineOutcome.skipped, null, problem));
                continue;
            }
            groups.computeIfAbsent(List.of(l.school().schoolId(), l.line().offeringId()), k -> new ArrayList<>()).add(l);
        }
        int made = 0;
        for (List<Line> group : groups.values()) {
            UUID schoolId = group.get(0).school().schoolId();
            UUID offeringId = group.get(0).line().offeringId();
            Optional<Partnership> open = partnerships.findOpen(schoolId, offeringId);
            if (open.isPresent()) {
                String reason = "This school already has an open partnership or request with this offering ("
                        + open.get().state + "); one at a time.";
                group.forEach(l -> results.put(l.line().id(), result(l, LineOutcome.skipped, open.get().id, reason)));
                continue;
            }
            int students = (int) Math.min(MAX_STUDENTS, group.stream().mapToLong(l -> l.line().students()).sum());
            PartnershipRequest partnership = new PartnershipRequest(schoolId, offeringId,
                    group.stream().map(l -> l.line().needId()).distinct().toList(), request.message(), students,
                    request.startDate(), request.endDate());
            try {
                Partnership p = partnerships.request(partnership);
                made++;
                group.forEach(l -> results.put(l.line().id(), result(l, LineOutcome.created, p.id, null)));
            } catch (ProblemException e) {
                // The partnership rules said no (organization no longer approved, offering inactive, ...).
                group.forEach(l -> results.put(l.line().id(), result(l, LineOutcome.skipped, null, e.getMessage())));
            }
        }
        List<LineResult> ordered = chosen.stream().map(l -> results.get(l.line().id())).toList();
        int created = (int) ordered.stream().filter(r -> r.outcome() == LineOutcome.created).count();
        return new PlanRequestsResponse(allocationId, made, created, ordered.size() - created, ordered);
    }

    /** The lines asked for, in plan order; every line when none are named; 400 naming an id not in the plan. */
    private static List<Line> choose(AllocationJob job, List<UUID> lineIds) {
        Map<UUID, Line> byId = new LinkedHashMap<>();
        for (SchoolPlan school : job.plan().schools()) {
            for (PlanLine line : school.lines()) {
                byId.put(line.id(), new Line(school, line));
            }
        }
        if (lineIds == null || lineIds.isEmpty()) {
            return new ArrayList<>(byId.values());
        }
        Map<UUID, Integer> asked = new HashMap<>();
        for (int i = 0; i < lineIds.size(); i++) {
            UUID id = lineIds.get(i);
            if (id == null || !byId.containsKey(id)) {
                throw ProblemException.badRequest("lineIds[" + i + "]", "is not a line of this plan");
            }
            asked.putIfAbsent(id, i);
        }
        return byId.values().stream().filter(l -> asked.containsKey(l.line().id())).toList();
    }

    /** Why a need can no longer be requested, or null when it is open. */
    private String needProblem(UUID needId) {
        try {
            Need need = needs.get(needId);
            return need.status == NeedStatus.open ? null
                    : "The need is no longer open (it is " + need.status + ").";
        } catch (ProblemException e) {
            return "The need no longer exists.";
        }
    }

    private static LineResult result(Line l, LineOutcome outcome, UUID partnershipId, String reason) {
        return new LineResult(l.line().id(), l.school().schoolId(), l.line().needId(), l.line().offeringId(),
                l.line().students(), outcome, partnershipId, reason);
    }
}
