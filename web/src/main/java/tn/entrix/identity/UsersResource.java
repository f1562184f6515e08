package tn.entrix.identity;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import tn.entrix.platform.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tn.entrix.platform.ResponseView;
import tn.entrix.platform.RequiredBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts as staff see them: created, listed, roles, suspension, sessions, GDPR requests. Fans use /me. */
@Path("users")
@RequestScoped
@Tag(name = "Users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    UserService users;

    @Context
    UriInfo uri;

    @Inject
    AccountService accounts;

    @Inject
    SessionService sessions;

    @Inject
    GroupService groups;

    @Context
    SecurityContext security;

    @GET
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Users, filtered by text (username, email, name, phone), status and role; sorted and paged")
    public Page<ProfileView> list(@QueryParam("q") String text, @QueryParam("status") UserStatus status,
                                  @QueryParam("role") Role role, @QueryParam("sort") String sort,
                                  @QueryParam("desc") boolean descending, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        return users.list(text, status, role, sort, descending, Page.page(page), Page.size(size));
    }

    @GET
    @Path("{id}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "A user's page: account and profile, roles, groups, consent, sessions and audit trail")
    @APIResponse(responseCode = "404", description = "USER_NOT_FOUND")
    public UserDetailView find(@PathParam("id") long id) {
        ProfileView account = users.find(id);
        return new UserDetailView(account, List.copyOf(users.effectiveRoles(account.username())),
                groups.groupsOf(id), sessions.list(id, null), accounts.activityOf(id, 200));
    }

    @PUT
    @Path("{id}/roles/{role}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Grant a role (only a SUPERADMIN grants ADMIN or SUPERADMIN; never to oneself)")
    @APIResponse(responseCode = "403", description = "ROLE_GRANT_FORBIDDEN, SELF_ROLE_CHANGE_FORBIDDEN")
    public ProfileView grant(@PathParam("id") long id, @PathParam("role") Role role) {
        return users.grant(Callers.name(security), Callers.roles(security), id, role);
    }

    @DELETE
    @Path("{id}/roles/{role}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Revoke a role (same rules as granting; the last SUPERADMIN keeps the role)")
    @APIResponse(responseCode = "403", description = "ROLE_GRANT_FORBIDDEN, SELF_ROLE_CHANGE_FORBIDDEN")
    public ProfileView revoke(@PathParam("id") long id, @PathParam("role") Role role) {
        return users.revoke(Callers.name(security), Callers.roles(security), id, role);
    }

    @POST
    @Path("{id}/lock")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Suspend the account; its sessions end at once")
    public ProfileView lock(@PathParam("id") long id) {
        return users.lock(Callers.name(security), id);
    }

    @POST
    @Path("{id}/unlock")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Restore a suspended account, or lift a lockout after failed logins")
    public ProfileView unlock(@PathParam("id") long id) {
        return users.unlock(id);
    }

    @DELETE
    @Path("{id}/sessions")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "End every session of the user")
    public Map<String, Integer> logoutEverywhere(@PathParam("id") long id) {
        return Map.of("ended", sessions.revokeAllOf(id));
    }

    @GET
    @Path("{id}/data")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Export the user's personal data (GDPR request handled by staff); audited")
    public PersonalData data(@PathParam("id") long id) {
        return accounts.export(id);
    }

    @POST
    @Path("{id}/erasure")
    @Allowed(Role.Names.SUPERADMIN)
    @Operation(summary = "Erase the user's personal data (GDPR request handled by staff); orders and payments stay")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "409", description = "USER_ERASED")
    public void erase(@PathParam("id") long id) {
        accounts.erase(id);
    }

    @POST
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Create an account with roles; only a SUPERADMIN grants ADMIN or SUPERADMIN")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "403", description = "Not allowed to grant a role (ROLE_GRANT_FORBIDDEN)")
    @APIResponse(responseCode = "409", description = "Username taken (USERNAME_TAKEN)")
    @ResponseView(tn.entrix.identity.UserView.class)
    public Response create(@Valid @RequiredBody NewUserRequest request) {
        UserView created = users.createBy(Callers.roles(security), request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }
}
