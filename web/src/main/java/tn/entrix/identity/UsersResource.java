package tn.entrix.identity;

import jakarta.annotation.security.RolesAllowed;
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
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tn.entrix.platform.ResponseView;
import tn.entrix.platform.RequiredBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts created by staff. Self-registration, profiles and GDPR come with the identity module. */
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

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Create an account with roles; only a SUPERADMIN grants ADMIN or SUPERADMIN")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "403", description = "Not allowed to grant a role (ROLE_GRANT_FORBIDDEN)")
    @APIResponse(responseCode = "409", description = "Username taken (USERNAME_TAKEN)")
    @ResponseView(tn.entrix.identity.UserView.class)
    public Response create(@Valid @RequiredBody NewUserRequest request, @Context SecurityContext security) {
        Set<String> callerRoles = Arrays.stream(Role.values()).map(Enum::name).filter(security::isUserInRole)
                .collect(Collectors.toSet());
        UserView created = users.createBy(callerRoles, request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }
}
