package tn.entrix.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
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
 * checked by {@link LoginService}, which counts failures and locks); the login is kept in the HTTP session and
 * recorded as a session of the user, so "log out everywhere" ends it too; a protected page without a login
 * redirects to the login page.</li>
 * </ul>
 */
@ApplicationScoped
public class EntrixAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    /** Request attribute holding the session id of the caller (from the token, or the console's HTTP session). */
    public static final String SESSION_ATTRIBUTE = "entrix.sid";

    /**
     * Request attribute holding the verified token's roles (the hierarchy expanded), so the REST role check reads
     * them instead of asking the container, whose role check (JACC) costs class lookups on every request. Only this
     * mechanism sets it, after verifying the token; a client cannot set request attributes.
     */
    public static final String ROLES_ATTRIBUTE = "entrix.roles";

    /** How long a console login is listed as a session (the HTTP session usually ends earlier, on inactivity). */
    static final Duration CONSOLE_SESSION = Duration.ofHours(12);

    @Inject
    LoginService logins;

    @Inject
    TokenService tokens;

    @Inject
    RevokedSessions revokedSessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.verify(authorization.substring(7).trim())
                    .map(caller -> {
                        request.setAttribute(SESSION_ATTRIBUTE, caller.sessionId());
                        request.setAttribute(ROLES_ATTRIBUTE, java.util.Set.copyOf(caller.roles()));
                        return context.notifyContainerAboutLogin(caller.username(), caller.roles());
                    })
                    .orElseGet(() -> invalidToken(response));
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            LoginOutcome outcome = logins.login(login.getCaller(), login.getPasswordAsString(), SessionChannel.CONSOLE,
                    CONSOLE_SESSION);
            if (!outcome.succeeded()) {
                request.setAttribute(LoginOutcome.class.getName(), outcome.failure());
                return AuthenticationStatus.SEND_FAILURE;
            }
            context.setRegisterSession(outcome.username(), outcome.roles());
            request.getSession().setAttribute(SESSION_ATTRIBUTE, outcome.sessionId());
            request.setAttribute(SESSION_ATTRIBUTE, outcome.sessionId());
            return context.notifyContainerAboutLogin(outcome.username(), outcome.roles());
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            HttpSession http = request.getSession(false);
            String sid = http == null ? null : (String) http.getAttribute(SESSION_ATTRIBUTE);
            if (sid != null && !revokedSessions.isRevoked(sid)) {
                request.setAttribute(SESSION_ATTRIBUTE, sid);
                return resume(context, sessionCaller);
            }
            // logged out elsewhere ("log out everywhere", password reset, account locked): this login is over
            try {
                request.logout();
            } catch (ServletException e) {
                // the session goes anyway
            }
            if (http != null) {
                http.invalidate();
            }
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
