package tn.entrix.access;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;
import tn.entrix.platform.Page;

/** An event's access rights, for staff. */
@Path("events/{eventId}/access-rights")
@ApplicationScoped
@Tag(name = "Access")
@Produces(MediaType.APPLICATION_JSON)
public class EventAccessRightsResource {

    @Inject
    AccessRightService rights;

    @GET
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "The event's access rights, in issue order, optionally of one status")
    @APIResponse(responseCode = "404", description = "EVENT_NOT_FOUND")
    public Page<AccessRightView> list(@PathParam("eventId") long eventId,
                                      @QueryParam("status") AccessRightStatus status,
                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return rights.ofEvent(eventId, status, Page.page(page), Page.size(size));
    }
}
