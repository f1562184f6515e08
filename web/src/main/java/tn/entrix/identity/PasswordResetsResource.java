package tn.entrix.identity;

import tn.entrix.platform.Public;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.platform.RequiredBody;

/** "Forgot my password": a single-use link by email, then the new password. */
@Path("password-resets")
@ApplicationScoped
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirements
public class PasswordResetsResource {

    @Inject
    PasswordResetService resets;

    @POST
    @Public
    @Operation(summary = "Email a reset link (valid 30 minutes, single use); answers the same for unknown emails")
    @APIResponse(responseCode = "202", description = "Sent if an account has this email")
    public Response request(@Valid @RequiredBody PasswordResetRequest request) {
        resets.request(request.email());
        return Response.accepted().build();
    }

    @POST
    @Path("confirmation")
    @Public
    @Operation(summary = "Set a new password with the token of the emailed link; every session of the account ends")
    @APIResponse(responseCode = "204", description = "Password changed")
    @APIResponse(responseCode = "422", description = "TOKEN_INVALID or WEAK_PASSWORD")
    public void reset(@Valid @RequiredBody NewPasswordRequest request) {
        resets.reset(request.token(), request.newPassword());
    }
}
