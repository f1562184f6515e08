package tn.entrix.identity;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.platform.Page;
import tn.entrix.platform.RequiredBody;
import tn.entrix.platform.ResponseView;

/** Groups of users (marketing, access control, geographic) and their members. */
@Path("groups")
@RequestScoped
@Tag(name = "Groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupsResource {

    @Inject
    GroupService groups;

    @Context
    UriInfo uri;

    @GET
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Groups by name, filtered by kind and text")
    public Page<GroupView> list(@QueryParam("kind") GroupKind kind, @QueryParam("q") String text,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return groups.list(kind, text, Page.page(page), Page.size(size));
    }

    @POST
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Create a group, optionally with a rule (e.g. CITY = Tunis) that fills it")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "GROUP_CODE_TAKEN")
    @ResponseView(GroupView.class)
    public Response create(@Valid @RequiredBody GroupRequest request) {
        GroupView created = groups.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "A group")
    public GroupView find(@PathParam("id") long id) {
        return groups.find(id);
    }

    @PUT
    @Path("{id}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Edit a group (its code is fixed); a changed rule recomputes its members")
    @APIResponse(responseCode = "409", description = "STALE_VERSION")
    public GroupView update(@PathParam("id") long id, @Valid @RequiredBody GroupRequest request) {
        return groups.update(id, request);
    }

    @DELETE
    @Path("{id}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Delete a group and its memberships")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        groups.delete(id);
    }

    @GET
    @Path("{id}/members")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Members of a group, with how each got in")
    public Page<MemberView> members(@PathParam("id") long id, @QueryParam("page") Integer page,
                                    @QueryParam("size") Integer size) {
        return groups.members(id, Page.page(page), Page.size(size));
    }

    @POST
    @Path("{id}/members")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Add a member by username or email")
    @APIResponse(responseCode = "409", description = "ALREADY_MEMBER")
    @APIResponse(responseCode = "422", description = "USER_UNKNOWN")
    public MemberView add(@PathParam("id") long id, @Valid @RequiredBody MemberRequest request) {
        return groups.addMember(id, request.user());
    }

    @DELETE
    @Path("{id}/members/{userId}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Remove a member")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("id") long id, @PathParam("userId") long userId) {
        groups.removeMember(id, userId);
    }

    @POST
    @Path("{id}/members/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Add the users of a CSV (username or email in the first column); all or nothing")
    @APIResponse(responseCode = "422", description = "IMPORT_INVALID with the bad line numbers; nothing imported")
    public MemberImportView importMembers(@PathParam("id") long id, String csv) {
        return groups.importMembers(id, csv);
    }

    @POST
    @Path("{id}/refresh")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Recompute the members a group's rule gives")
    @APIResponse(responseCode = "422", description = "GROUP_HAS_NO_RULE")
    public GroupView refresh(@PathParam("id") long id) {
        return groups.refresh(id);
    }
}
