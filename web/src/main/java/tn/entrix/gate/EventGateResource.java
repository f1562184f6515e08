package tn.entrix.gate;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;
import tn.entrix.platform.Page;
import tn.entrix.platform.RequiredBody;

/**
 * An event's gate: its policy and derby segregation (admins), and its live figures (admins and the authorities).
 * A root path with a literal tail, so it does not shadow the events resource.
 */
@Path("events/{eventId}/gate")
@ApplicationScoped
@Tag(name = "Gate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventGateResource {

    @Inject
    GatePolicyService policies;

    @Inject
    OccupancyService occupancy;

    @Inject
    ScanLogService scanLog;

    @GET
    @Path("occupancy")
    @Allowed({Role.Names.ADMIN, Role.Names.AUTHORITY})
    @Operation(summary = "Live figures: inside per zone, entries/exits and entry rate per gate, denials per reason, "
            + "alerts")
    @APIResponse(responseCode = "404", description = "EVENT_NOT_FOUND")
    public OccupancyView occupancy(@PathParam("eventId") long eventId) {
        return occupancy.live(eventId);
    }

    @GET
    @Path("scans")
    @Allowed({Role.Names.ADMIN, Role.Names.AUTHORITY})
    @Operation(summary = "The access control log, newest first: all scans, or CONFLICTS (offline admissions the server "
            + "would have refused), SUPERVISOR (what a supervisor must look at), DENIED")
    @APIResponse(responseCode = "404", description = "EVENT_NOT_FOUND")
    public Page<ScanView> scans(@PathParam("eventId") long eventId, @QueryParam("filter") ScanLogService.Filter filter,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return scanLog.log(eventId, filter, Page.page(page), Page.size(size));
    }

    @GET
    @Path("policy")
    @Allowed(Role.Names.ADMIN)
    public GatePolicy policy(@PathParam("eventId") long eventId) {
        return policies.policy(eventId);
    }

    @PUT
    @Path("policy")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Re-entry (NONE, AFTER_EXIT), capacity alert percent, whether a full zone refuses entries")
    public GatePolicy setPolicy(@PathParam("eventId") long eventId, @Valid @RequiredBody GatePolicy policy) {
        return policies.setPolicy(eventId, policy);
    }

    @GET
    @Path("segregations")
    @Allowed({Role.Names.ADMIN, Role.Names.AUTHORITY})
    public List<SegregationView> segregations(@PathParam("eventId") long eventId) {
        return policies.segregations(eventId);
    }

    @POST
    @Path("segregations")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Derby segregation: a supporter group only through these gates, into these zones")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "SEGREGATION_EXISTS")
    @APIResponse(responseCode = "422", description = "GROUP_UNKNOWN, NOT_IN_EVENT_MAPPING")
    public Response addSegregation(@PathParam("eventId") long eventId,
                                   @Valid @RequiredBody SegregationRequest request) {
        return Response.status(Response.Status.CREATED).entity(policies.addSegregation(eventId, request)).build();
    }

    @DELETE
    @Path("segregations/{ruleId}")
    @Allowed(Role.Names.ADMIN)
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeSegregation(@PathParam("eventId") long eventId, @PathParam("ruleId") long ruleId) {
        policies.removeSegregation(eventId, ruleId);
    }
}
