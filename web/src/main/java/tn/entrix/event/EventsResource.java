package tn.entrix.event;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tn.entrix.platform.ResponseView;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;
import tn.entrix.platform.Page;
import tn.entrix.platform.RequiredBody;

/** Events and their life cycle. */
@Path("events")
@RequestScoped
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    EventService events;

    @Context
    UriInfo uri;

    @GET
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "Events that start in [from, to), of a group, in a status, of a kind, whose code, name or "
            + "venue contains q; by start time unless sort names another order")
    public Page<EventView> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("groupId") Long groupId, @QueryParam("status") EventStatus status,
                                @QueryParam("kind") EventKind kind, @QueryParam("q") String text,
                                @QueryParam("sort") EventOrder order, @QueryParam("desc") boolean descending,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return events.search(new EventFilter(status, kind, groupId, instant("from", from), instant("to", to), text),
                order, descending, Page.page(page), Page.size(size));
    }

    private static Instant instant(String name, String text) {
        try {
            return text == null || text.isBlank() ? null : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new tn.entrix.platform.EntrixException(tn.entrix.platform.EntrixException.Kind.BAD_REQUEST,
                    "INVALID_INSTANT", "'" + name + "' must be an ISO-8601 instant such as 2026-08-10T15:00:00Z");
        }
    }

    @POST
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Create an event (DRAFT) in a mapping of a venue")
    @APIResponse(responseCode = "201", description = "Created; 'derby' derived from the participants' rivalry")
    @APIResponse(responseCode = "409", description = "Code taken (EVENT_CODE_TAKEN)")
    @APIResponse(responseCode = "422", description = "Invalid dates, metadata or participants")
    @ResponseView(EventView.class)
    public Response create(@Valid @RequiredBody EventRequest request) {
        EventView created = events.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "One event with its venue, mapping and participants")
    @APIResponse(responseCode = "404", description = "EVENT_NOT_FOUND")
    public EventView find(@PathParam("id") long id) {
        return events.find(id);
    }

    @PUT
    @Path("{id}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Update an event; 'version' must be the version read")
    public EventView update(@PathParam("id") long id, @Valid @RequiredBody EventRequest request) {
        return events.update(id, request);
    }

    @PUT
    @Path("{id}/status")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Move the event along its life cycle (publish, open sales, close, done, cancel)")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (INVALID_STATUS_CHANGE)")
    public EventView changeStatus(@PathParam("id") long id, @Valid @RequiredBody StatusChangeRequest request) {
        return events.changeStatus(id, request.status());
    }

    @POST
    @Path("{id}/postpone")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Postpone to new dates; participants, mapping and sold rights stay")
    public EventView postpone(@PathParam("id") long id, @Valid @RequiredBody PostponeRequest request) {
        return events.postpone(id, request);
    }
}
