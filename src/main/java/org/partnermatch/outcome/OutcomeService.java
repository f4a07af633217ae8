package org.partnermatch.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.ProblemException;
import org.partnermatch.outcome.OutcomeDtos.ActualsRequest;
import org.partnermatch.outcome.OutcomeDtos.OutcomeResult;
import org.partnermatch.outcome.OutcomeDtos.OutcomesResponse;
import org.partnermatch.outcome.OutcomeDtos.PlannedOutcome;
import org.partnermatch.outcome.OutcomeDtos.PlannedOutcomesRequest;
import org.partnermatch.partnership.Partnership;
import org.partnermatch.partnership.PartnershipService;
import org.partnermatch.vocabulary.PartnershipState;

/**
 * A partnership's planned outcomes and what happened: its two parties (and district staff) agree the outcomes while
 * it is requested, accepted or active — until the first result is recorded — and record students served, sessions
 * held and each outcome's result while it is active or completed. Aggregates only. Every change is audited.
 */
@ApplicationScoped
public class OutcomeService {

    /** While outcomes may be planned. */
    static final Set<PartnershipState> PLANNING = EnumSet.of(PartnershipState.requested, PartnershipState.accepted,
            PartnershipState.active);
    /** While actuals may be recorded. */
    static final Set<PartnershipState> RECORDING = EnumSet.of(PartnershipState.active, PartnershipState.completed);

    private final OutcomeRepository outcomes;
    private final PartnershipService partnerships;
    private final AuditService audit;

    public OutcomeService(OutcomeRepository outcomes, PartnershipService partnerships, AuditService audit) {
        this.outcomes = outcomes;
        this.partnerships = partnerships;
        this.audit = audit;
    }

    @Transactional
    public OutcomesResponse view(UUID partnershipId) {
        Partnership p = partnerships.get(partnershipId);
        return OutcomesResponse.from(p, outcomes.of(p.id));
    }

    /** Replaces the planned outcomes; 409 once a result is recorded (the agreement then stands). */
    @Transactional
    public OutcomesResponse plan(UUID partnershipId, PlannedOutcomesRequest request) {
        Partnership p = partnerships.lockForParties(partnershipId, "planned outcomes", PLANNING);
        List<PartnershipOutcome> current = outcomes.of(p.id);
        if (current.stream().anyMatch(o -> o.result != null)) {
            throw ProblemException.conflict("Results are recorded for this partnership's outcomes, so the agreed "
                    + "outcomes stand; record the remaining results instead.");
        }
        OutcomesResponse before = OutcomesResponse.from(p, current);
        current.forEach(outcomes::delete);
        outcomes.flush();
        short position = 1;
        for (PlannedOutcome planned : request.outcomes()) {
            PartnershipOutcome o = new PartnershipOutcome();
            o.id = UUID.randomUUID();
            o.partnershipId = p.id;
            o.position = position++;
            o.measure = planned.measure().strip();
            o.target = planned.target();
            o.unit = planned.unit().strip();
            outcomes.persist(o);
        }
        outcomes.flush();
        OutcomesResponse after = OutcomesResponse.from(p, outcomes.of(p.id));
        audit.record("partnership.outcomes_planned", "partnership", p.id, before, after);
        return after;
    }

    /** Records students served, sessions held and outcome results (each result must name one of its outcomes). */
    @Transactional
    public OutcomesResponse record(UUID partnershipId, ActualsRequest request) {
        Partnership p = partnerships.lockForParties(partnershipId, "what happened", RECORDING);
        List<PartnershipOutcome> current = outcomes.of(p.id);
        OutcomesResponse before = OutcomesResponse.from(p, current);
        Map<UUID, PartnershipOutcome> byId = new HashMap<>();
        current.forEach(o -> byId.put(o.id, o));
        List<OutcomeResult> results = request.results() == null ? List.of() : request.results();
        for (int i = 0; i < results.size(); i++) {
            if (!byId.containsKey(results.get(i).outcomeId())) {
                throw ProblemException.badRequest("results[" + i + "].outcomeId",
                        "is not one of this partnership's outcomes");
            }
        }
        results.forEach(r -> byId.get(r.outcomeId()).result = r.result());
        partnerships.recordActuals(p, request.studentsServed(), request.sessionsHeld());
        outcomes.flush();
        OutcomesResponse after = OutcomesResponse.from(p, outcomes.of(p.id));
        audit.record("partnership.actuals_recorded", "partnership", p.id, before, after);
        return after;
    }
}
