package org.partnermatch.allocation;

import java.util.UUID;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.partnermatch.allocation.AllocationDtos.AllocationJob;
import org.partnermatch.allocation.AllocationDtos.AllocationRequest;
import org.partnermatch.allocation.AllocationDtos.JobStatus;
import org.partnermatch.allocation.AllocationDtos.PlanRequestsRequest;
import org.partnermatch.allocation.AllocationDtos.PlanRequestsResponse;
import org.partnermatch.common.ComputeSlots;
import org.partnermatch.security.Roles;

@Path("/api/v1/allocations")
@Tag(name = "Allocation", description = "District-wide, equity-weighted allocation of scarce capacity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DISTRICT)
public class AllocationResource {

    private final AllocationService allocations;
    private final PlanRequestService planRequests;

    public AllocationResource(AllocationService allocations, PlanRequestService planRequests) {
        this.allocations = allocations;
        this.planRequests = planRequests;
    }

    @POST
    @Operation(summary = "Plan an allocation of offering capacity to schools' open needs",
            description = "Maximises equity-weighted coverage (students served × match quality × school weight, with "
                    + "diminishing returns per school) without exceeding any offering's capacity or breaking a matching "
                    + "hard constraint, solved exactly as a min-cost flow, and compares it with a first-come greedy "
                    + "plan. Small instances answer 201 with the finished plan; large ones (or `async: true`) 202 with "
                    + "a job to poll at `Location`. The plan proposes; it creates no partnerships. District staff only.")
    @APIResponse(responseCode = "201", description = "Planned; the job is done and carries the plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllocationJob.class)))
    @APIResponse(responseCode = "202", description = "Queued; poll the job at Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllocationJob.class)))
    @ComputeSlots.OwnBound // waits for a builder instead
    public RestResponse<AllocationJob> plan(@Valid AllocationRequest request, @Context UriInfo uri) {
        AllocationJob job = allocations.start(request);
        URI location = uri.getAbsolutePathBuilder().path(job.id().toString()).build();
        if (job.status() == JobStatus.done) {
            return RestResponse.ResponseBuilder.<AllocationJob>created(location).entity(job).build();
        }
        return RestResponse.ResponseBuilder.<AllocationJob>create(RestResponse.Status.ACCEPTED).location(location)
                .entity(job).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An allocation job: its status, and the plan once done",
            description = "Status is queued, running, done (with the plan) or failed. Jobs are kept in the database, so "
                    + "any replica answers and a plan outlives a restart; one that was queued or running when its "
                    + "replica stopped reads as failed (run it again). District staff only.")
    public AllocationJob get(@PathParam("id") UUID id) {
        return allocations.get(id);
    }

    @POST
    @Path("/{id}/requests")
    @Operation(summary = "Turn plan lines into partnership requests",
            description = "Requests partnerships for the chosen lines of a finished plan (all lines when lineIds is "
                    + "empty): one request per school and offering, for the needs of its lines and the sum of their "
                    + "students, through the same rules as POST /partnerships. Each line answers created (with the "
                    + "partnership id) or skipped with the reason: the need is no longer open, the school already has "
                    + "an open request or partnership with that offering (its id is given, so asking again is safe), "
                    + "or the partnership rules refused it. Each request is its own transaction. District staff only.")
    @APIResponse(responseCode = "200", description = "What became of each line.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanRequestsResponse.class)))
    public PlanRequestsResponse requests(@PathParam("id") UUID id, @Valid @NotNull PlanRequestsRequest request) {
        return planRequests.request(id, request);
    }
}
