package tn.entrix.venue;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tn.entrix.platform.RequiredBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;

/** Single seats: block, kill (camera, segregation) or release. */
@Path("seats/{id}")
@ApplicationScoped
@Tag(name = "Zones and seats")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SeatsResource {

    @Inject
    SeatService seats;

    @PUT
    @Path("status")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Change a seat's status; a KILL seat leaves the zone's capacity")
    @APIResponse(responseCode = "404", description = "No such seat (SEAT_NOT_FOUND)")
    public SeatView changeStatus(@PathParam("id") long id, @Valid @RequiredBody SeatStatusRequest request) {
        return seats.changeStatus(id, request.status());
    }
}
