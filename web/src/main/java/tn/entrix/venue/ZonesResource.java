package tn.entrix.venue;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import tn.entrix.platform.RequiredBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;
import tn.entrix.platform.Page;

/** One zone and its seats. */
@Path("zones/{id}")
@ApplicationScoped
@Tag(name = "Zones and seats")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No or invalid bearer token")
@APIResponse(responseCode = "403", description = "Role not allowed")
@APIResponse(responseCode = "404", description = "No such zone (ZONE_NOT_FOUND)")
public class ZonesResource {

    @Inject
    ZoneService zones;

    @Inject
    SeatService seats;

    @GET
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "One zone")
    public ZoneView find(@PathParam("id") long id) {
        return zones.find(id);
    }

    @PUT
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Update a zone (it cannot change parent); 'version' must be the version read")
    public ZoneView update(@PathParam("id") long id, @Valid @RequiredBody ZoneRequest request) {
        return zones.update(id, request);
    }

    @DELETE
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Delete a zone with its sub-zones and seats")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        zones.delete(id);
    }

    @GET
    @Path("seats")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "The seats of a zone, row by row")
    public Page<SeatView> seats(@PathParam("id") long id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return seats.listOfZone(id, Page.page(page), Page.size(size));
    }

    @POST
    @Path("seats/generate")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Create a block of seats (rows × seats, with a numbering scheme) in one call")
    @APIResponse(responseCode = "200", description = "How many seats were created and the new capacities")
    @APIResponse(responseCode = "409", description = "Some of these seats exist already (SEATS_EXIST)")
    @APIResponse(responseCode = "422", description = "Standing zone, zone with sub-zones, bad range, over capacity")
    public SeatGenerationView generate(@PathParam("id") long id,
            @Valid @RequiredBody SeatGenerationRequest request) {
        return seats.generate(id, request);
    }
}
