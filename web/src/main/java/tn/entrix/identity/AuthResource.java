package tn.entrix.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tn.entrix.platform.RequiredBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.platform.UnauthenticatedException;

/** Bearer tokens for the REST API. */
@Path("auth")
@RequestScoped
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    TokenService tokens;

    @POST
    @Path("token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Exchange a username and password for a bearer token (RS256 JWT, one hour)")
    @APIResponse(responseCode = "200", description = "The token")
    @APIResponse(responseCode = "401", description = "Wrong credentials (problem INVALID_CREDENTIALS)")
    @APIResponse(responseCode = "422", description = "Missing username or password")
    public TokenView token(@Valid @RequiredBody TokenRequest request) {
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(request.username(), request.password()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throw new UnauthenticatedException("INVALID_CREDENTIALS", "Wrong username or password");
        }
        return tokens.issue(result.getCallerPrincipal().getName(), result.getCallerGroups());
    }

    @GET
    @Path("me")
    @RolesAllowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "Who the token belongs to, with every role it may act as")
    public CallerView me(@Context SecurityContext security) {
        String name = security.getUserPrincipal().getName();
        TreeSet<String> roles = new TreeSet<>();
        Arrays.stream(tn.entrix.identity.Role.values()).map(Enum::name).filter(security::isUserInRole)
                .forEach(roles::add);
        return new CallerView(name, roles);
    }
}
