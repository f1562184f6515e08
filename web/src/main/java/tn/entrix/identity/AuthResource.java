package tn.entrix.identity;

import tn.entrix.platform.Public;
import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
    LoginService logins;

    @Inject
    SessionService sessions;

    @Context
    HttpServletRequest request;

    @Inject
    TokenService tokens;

    @POST
    @Path("token")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Exchange a username and password for a bearer token (RS256 JWT, one hour)")
    @APIResponse(responseCode = "200", description = "The token")
    @APIResponse(responseCode = "401", description = "Not accepted: INVALID_CREDENTIALS, ACCOUNT_LOCKED (too many "
            + "failures, try again later), EMAIL_NOT_CONFIRMED, ACCOUNT_DISABLED")
    @APIResponse(responseCode = "422", description = "Missing username or password")
    public TokenView token(@Valid @RequiredBody TokenRequest credentials) {
        LoginOutcome outcome = logins.login(credentials.username(), credentials.password(), SessionChannel.API,
                tokens.lifetime());
        if (!outcome.succeeded()) {
            throw new UnauthenticatedException(outcome.failure(), switch (outcome.failure()) {
                case LoginOutcome.ACCOUNT_LOCKED -> "Too many failed logins: the account is locked for a while";
                case LoginOutcome.EMAIL_NOT_CONFIRMED -> "Confirm your email address first (see the link we sent)";
                case LoginOutcome.ACCOUNT_DISABLED -> "This account is suspended";
                default -> "Wrong username or password";
            });
        }
        return tokens.issue(outcome);
    }

    @POST
    @Path("logout")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "End the session of this token: the token stops working at once")
    @APIResponse(responseCode = "204", description = "Logged out")
    public void logout(@Context SecurityContext security) {
        sessions.revokeOwn(Callers.name(security), Callers.sessionId(request));
    }

    @GET
    @Path("me")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "Who the token belongs to, with every role it may act as")
    public CallerView me(@Context SecurityContext security) {
        String name = security.getUserPrincipal().getName();
        TreeSet<String> roles = new TreeSet<>();
        Arrays.stream(tn.entrix.identity.Role.values()).map(Enum::name).filter(security::isUserInRole)
                .forEach(roles::add);
        return new CallerView(name, roles);
    }
}
