package tn.entrix.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * One authentication mechanism for the two kinds of client of the one web module:
 * <ul>
 * <li>REST clients send {@code Authorization: Bearer <jwt>}: verified without a session or a database read; a bad
 * token is a 401 problem document.</li>
 * <li>The consoles log in with a form ({@code SecurityContext.authenticate} with a username/password credential,
 * checked by the database identity store); the login is kept in the HTTP session; a protected page without a login
 * redirects to the login page.</li>
 * </ul>
 */
@ApplicationScoped
public class EntrixAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    TokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.verify(authorization.substring(7).trim())
                    .map(caller -> context.notifyContainerAboutLogin(caller.username(), caller.roles()))
                    .orElseGet(() -> invalidToken(response));
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            return context.notifyContainerAboutLogin(result);
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            return resume(context, sessionCaller);
        }
        if (context.isProtected() && !isApi(request)) {
            String from = request.getRequestURI().substring(request.getContextPath().length());
            if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
                from += "?" + request.getQueryString(); // mapping.xhtml?id=12 must come back with its id
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?from="
                    + URLEncoder.encode(from, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The container restored a console login from the session: confirm the principal, keep its roles. */
    private static AuthenticationStatus resume(HttpMessageContext context, Principal caller) {
        try {
            context.getHandler().handle(new Callback[]{
                    new CallerPrincipalCallback(context.getClientSubject(), caller)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus invalidToken(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.getWriter().write("{\"type\":\"https://entrix.tn/problems/invalid-token\",\"title\":"
                    + "\"Unauthorized\",\"status\":401,\"detail\":\"The bearer token is invalid or has expired\","
                    + "\"code\":\"INVALID_TOKEN\"}");
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
