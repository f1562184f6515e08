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
import tn.entrix.platform.ResponseView;

/** Fans sign up; the account works once the emailed link is followed. */
@Path("registrations")
@ApplicationScoped
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirements
public class RegistrationsResource {

    @Inject
    RegistrationService registrations;

    @POST
    @Public
    @Operation(summary = "Register a fan account; a confirmation link goes to the email")
    @APIResponse(responseCode = "201", description = "Registered, PENDING until the email is confirmed")
    @APIResponse(responseCode = "409", description = "USERNAME_TAKEN or EMAIL_TAKEN")
    @APIResponse(responseCode = "422", description = "Invalid fields, WEAK_PASSWORD, PHONE_INVALID")
    @ResponseView(ProfileView.class)
    public Response register(@Valid @RequiredBody RegistrationRequest request) {
        return Response.status(Response.Status.CREATED).entity(registrations.register(request)).build();
    }

    @POST
    @Path("confirmation")
    @Public
    @Operation(summary = "Confirm the email with the token of the emailed link; the account becomes ACTIVE")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "422", description = "TOKEN_INVALID (unknown, used or expired)")
    public ProfileView confirm(@Valid @RequiredBody TokenConfirmation request) {
        return registrations.confirm(request.token());
    }

    @POST
    @Path("confirmation-requests")
    @Public
    @Operation(summary = "Send the confirmation link again (answers the same whether the email is known or not)")
    @APIResponse(responseCode = "202", description = "Sent if there is a pending account with this email")
    public Response resend(@Valid @RequiredBody PasswordResetRequest request) {
        registrations.resend(request.email());
        return Response.accepted().build();
    }
}
