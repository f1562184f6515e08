package tn.entrix.venue;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

/** One gate. */
@Path("access-points/{id}")
@ApplicationScoped
@Tag(name = "Access points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such gate (ACCESSPOINT_NOT_FOUND)")
public class AccessPointsResource {

    @Inject
    AccessPointService gates;

    @GET
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "One gate with the zones it serves")
    public AccessPointView find(@PathParam("id") long id) {
        return gates.find(id);
    }

    @PUT
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Update a gate; 'version' must be the version read")
    public AccessPointView update(@PathParam("id") long id, @Valid @RequiredBody AccessPointRequest request) {
        return gates.update(id, request);
    }

    @DELETE
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Delete a gate")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        gates.delete(id);
    }
}
