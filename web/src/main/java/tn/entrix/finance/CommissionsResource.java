package tn.entrix.finance;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;
import tn.entrix.platform.RequiredBody;
import tn.entrix.platform.ResponseView;

/** Club contracts and the commission of every paid order, for finance. */
@Path("finance")
@ApplicationScoped
@Tag(name = "Finance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommissionsResource {

    @Inject
    CommissionService commissions;

    @POST
    @Path("contracts")
    @Allowed(Role.Names.SUPERADMIN)
    @Operation(summary = "A club's contract from a date: FIXED per ticket, PERCENT, or TIERED by volume (basis points)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "422", description = "CONTRACT_TERMS")
    @ResponseView(ContractView.class)
    public Response createContract(@Valid @RequiredBody ContractRequest request) {
        return Response.status(Response.Status.CREATED).entity(commissions.create(request)).build();
    }

    @GET
    @Path("clubs/{clubId}/contracts")
    @Allowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "A club's contracts, latest first")
    public List<ContractView> contracts(@PathParam("clubId") long clubId) {
        return commissions.contractsOf(clubId);
    }

    @GET
    @Path("events/{eventId}/commissions")
    @Allowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Gross, commission and net to the club of every paid order of an event (millimes)")
    public List<CommissionView> ofEvent(@PathParam("eventId") long eventId) {
        return commissions.ofEvent(eventId);
    }
}
