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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tn.entrix.platform.ResponseView;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;
import tn.entrix.platform.RequiredBody;

/** Seasons, tournaments, festivals, phases — and a season's calendar import. */
@Path("event-groups")
@RequestScoped
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventGroupsResource {

    @Inject
    EventGroupService groups;

    @Inject
    CalendarImportService calendar;

    @Context
    UriInfo uri;

    @GET
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "All event groups, latest season first")
    public List<EventGroupView> list() {
        return groups.list();
    }

    @POST
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Create a season, tournament, festival or phase")
    @APIResponse(responseCode = "201", description = "Created")
    @ResponseView(EventGroupView.class)
    public Response create(@Valid @RequiredBody EventGroupRequest request) {
        EventGroupView created = groups.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "One event group")
    public EventGroupView find(@PathParam("id") long id) {
        return groups.find(id);
    }

    @PUT
    @Path("{id}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Update a group (name, kind, dates, parent); 'version' must be the version read")
    @APIResponse(responseCode = "422", description = "A parent under the group itself (EVENT_GROUP_CYCLE)")
    public EventGroupView update(@PathParam("id") long id, @Valid @RequiredBody EventGroupRequest request) {
        return groups.update(id, request);
    }

    @POST
    @Path("{id}/calendar")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Import fixtures from CSV (date,home,away,venue,mapping; date as yyyy-MM-dd HH:mm in Tunis "
            + "time); all or nothing")
    @APIResponse(responseCode = "200", description = "What was created")
    @APIResponse(responseCode = "422", description = "CALENDAR_INVALID with every bad line in 'lines'")
    public CalendarImportView importCalendar(@PathParam("id") long id, String csv) {
        return calendar.importCalendar(id, csv);
    }
}
