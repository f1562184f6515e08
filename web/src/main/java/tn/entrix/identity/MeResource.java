package tn.entrix.identity;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.platform.RequiredBody;

/** The caller's own account: profile, password, sessions, personal data, deletion. Nobody else's. */
@Path("me")
@RequestScoped
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
public class MeResource {

    @Inject
    AccountService accounts;

    @Inject
    SessionService sessions;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "My account and profile")
    public ProfileView profile() {
        return accounts.profile(Callers.name(security));
    }

    @PUT
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "Edit my profile (contact, birth date, city, CIN, favourite club, language, marketing consent)")
    @APIResponse(responseCode = "200", description = "The profile as stored")
    @APIResponse(responseCode = "409", description = "NATIONAL_ID_TAKEN")
    @APIResponse(responseCode = "422", description = "Invalid fields, PHONE_INVALID, CLUB_UNKNOWN")
    public ProfileView update(@Valid @RequiredBody ProfileRequest profile) {
        return accounts.updateProfile(Callers.name(security), profile);
    }

    @PUT
    @Path("password")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "Change my password; my other sessions end")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "422", description = "CURRENT_PASSWORD_WRONG or WEAK_PASSWORD")
    public void changePassword(@Valid @RequiredBody PasswordChangeRequest change) {
        accounts.changePassword(Callers.name(security), change.currentPassword(), change.newPassword(),
                Callers.sessionId(request));
    }

    @GET
    @Path("sessions")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "My logins (API tokens and console sessions), the current one marked")
    public List<SessionView> sessions() {
        return sessions.sessionsOf(Callers.name(security), Callers.sessionId(request));
    }

    @DELETE
    @Path("sessions")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "Log out everywhere (keepCurrent=true keeps this session)")
    @APIResponse(responseCode = "200", description = "How many sessions ended")
    public Map<String, Integer> logoutEverywhere(@QueryParam("keepCurrent") boolean keepCurrent) {
        return Map.of("ended", sessions.revokeAllOwn(Callers.name(security),
                keepCurrent ? Callers.sessionId(request) : null));
    }

    @DELETE
    @Path("sessions/{id}")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "End one of my sessions")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "404", description = "Not one of my sessions (SESSION_NOT_FOUND)")
    public void logout(@PathParam("id") String id) {
        sessions.revokeOwn(Callers.name(security), id);
    }

    @GET
    @Path("data")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "Download all my personal data (GDPR), as a JSON file")
    public Response data() {
        return Response.ok(accounts.exportOwn(Callers.name(security)))
                .header("Content-Disposition", "attachment; filename=\"entrix-personal-data.json\"").build();
    }

    @POST
    @Path("erasure")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "Delete my account: personal data pseudonymised, orders and payments kept; I can no longer "
            + "log in")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "422", description = "CURRENT_PASSWORD_WRONG, LAST_SUPERADMIN")
    public void erase(@Valid @RequiredBody ErasureRequest confirmation) {
        accounts.eraseOwn(Callers.name(security), confirmation.password());
    }
}
