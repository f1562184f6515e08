package tn.entrix.event;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.RequestScoped;
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
import tn.entrix.platform.Page;
import tn.entrix.platform.RequiredBody;

/** Teams, artists and speakers, and their relations. */
@Path("participants")
@RequestScoped
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantsResource {

    @Inject
    ParticipantService participants;

    @Context
    UriInfo uri;

    @GET
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "Participants of a kind whose name or code contains q; by name unless sort names another "
            + "order")
    public Page<ParticipantView> list(@QueryParam("q") String text, @QueryParam("kind") ParticipantKind kind,
                                      @QueryParam("sort") ParticipantOrder order,
                                      @QueryParam("desc") boolean descending, @QueryParam("page") Integer page,
                                      @QueryParam("size") Integer size) {
        return participants.search(text, kind, order, descending, Page.page(page), Page.size(size));
    }

    @POST
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Create a participant")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "Code taken (PARTICIPANT_CODE_TAKEN)")
    @ResponseView(ParticipantView.class)
    public Response create(@Valid @RequiredBody ParticipantRequest request) {
        ParticipantView created = participants.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "One participant")
    @APIResponse(responseCode = "404", description = "PARTICIPANT_NOT_FOUND")
    public ParticipantView find(@PathParam("id") long id) {
        return participants.find(id);
    }

    @PUT
    @Path("{id}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Update a participant; 'version' must be the version read, the code never changes")
    public ParticipantView update(@PathParam("id") long id, @Valid @RequiredBody ParticipantRequest request) {
        return participants.update(id, request);
    }

    @GET
    @Path("{id}/relations")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "Rivalries, partnerships and affiliations of a participant")
    public List<RelationView> relations(@PathParam("id") long id) {
        return participants.relations(id);
    }

    @PUT
    @Path("{id}/relations")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Create or update a relation (a rivalry of level 3+ makes their matches derbies)")
    public RelationView relate(@PathParam("id") long id, @Valid @RequiredBody RelationRequest request) {
        return participants.relate(id, request);
    }

    @DELETE
    @Path("{id}/relations/{relationId}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "End a relation of the participant")
    @APIResponse(responseCode = "204", description = "Ended")
    public void unrelate(@PathParam("id") long id, @PathParam("relationId") long relationId) {
        participants.unrelate(id, relationId);
    }
}
