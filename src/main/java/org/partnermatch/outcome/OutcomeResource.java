package org.partnermatch.outcome;

import java.util.UUID;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnermatch.outcome.OutcomeDtos.ActualsRequest;
import org.partnermatch.outcome.OutcomeDtos.OutcomesResponse;
import org.partnermatch.outcome.OutcomeDtos.PlannedOutcomesRequest;
import org.partnermatch.security.Roles;

@Path("/api/v1")
@Tag(name = "Partnerships")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeResource {

    private final OutcomeService outcomes;

    public OutcomeResource(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @GET
    @Path("/partnerships/{id}/outcomes")
    @RolesAllowed({Roles.PRINCIPAL, Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "Read a partnership's outcomes", description = "The planned outcomes, their results, students "
            + "served and sessions held. Its two parties and district staff only (404 for anyone else).")
    public OutcomesResponse get(@PathParam("id") UUID id) {
        return outcomes.view(id);
    }

    @PUT
    @Path("/partnerships/{id}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRINCIPAL, Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "Agree a partnership's planned outcomes", description = "Either party (or district staff) "
            + "sets the whole list (1 to 10: measure, target, unit) while the partnership is requested, accepted or "
            + "active; 409 once a result is recorded.")
    public OutcomesResponse plan(@PathParam("id") UUID id, @Valid @NotNull PlannedOutcomesRequest request) {
        return outcomes.plan(id, request);
    }

    @PUT
    @Path("/partnerships/{id}/actuals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRINCIPAL, Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "Record what a partnership achieved", description = "Either party (or district staff), while "
            + "it is active or completed: students served, sessions held and outcome results, as counts only — never "
            + "a student's identity. Figures left out stay as they were.")
    public OutcomesResponse record(@PathParam("id") UUID id, @Valid @NotNull ActualsRequest request) {
        return outcomes.record(id, request);
    }
}
