package tn.entrix.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import tn.entrix.platform.ConsoleMessages;

/**
 * The console login form. The credential goes through {@link EntrixAuthenticationMechanism} (and so the database
 * identity store), which registers the login in the HTTP session.
 */
@Named
@RequestScoped
public class LoginBacking {

    static final String HOME = "/console/index.xhtml";

    /** Where a fan (no staff role) lands: their own account ("Mon compte"). */
    static final String ACCOUNT_HOME = "/account/index.xhtml";

    /** Roles that open the console; a fan (USER) has an account but nothing to do there, only "Mon compte". */
    static final List<String> STAFF = List.of(Role.Names.ADMIN, Role.Names.BADGECHECKER, Role.Names.AUTHORITY,
            Role.Names.FINANCE);

    /**
     * Where a login may send the user back to: a console page of this application, with its plain query (the id of
     * the venue), and nothing else: no other host, no scheme, no "//" (no open redirect).
     */
    private static final Pattern CONSOLE_PATH = Pattern.compile(
            "/console(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*/?(\\?[A-Za-z0-9_.%=&-]*)?");

    /** Where a fan may come back to after the login: a page of the fan portal or of "Mon compte", with its query. */
    private static final Pattern FAN_PATH = Pattern.compile(
            "/(shop|account)/[A-Za-z0-9_-]+\\.xhtml(\\?[A-Za-z0-9_.%=&-]*)?");

    @Inject
    SecurityContext security;

    private String username;
    private String password;
    private String from;
    private boolean erased;

    public void login() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            fail();
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // the mechanism has written the response itself
            case SUCCESS -> {
                boolean staff = STAFF.stream().anyMatch(request::isUserInRole);
                if (!staff && !request.isUserInRole(Role.Names.USER)) {
                    request.logout();
                    external.invalidateSession();
                    ConsoleMessages.error(null, ConsoleMessages.text("login.noConsole"));
                    return;
                }
                // a new session id after login: an id planted before it (session fixation) is worth nothing
                request.changeSessionId();
                external.redirect(external.getRequestContextPath() + (staff ? target(from) : fanTarget(from)));
            }
            default -> fail();
        }
    }

    /**
     * An Ajax request of a console page whose login has ended (session timeout) is redirected here by the
     * authentication mechanism; the browser follows that redirect inside the XMLHttpRequest, and Faces would answer
     * with a partial response that PrimeFaces applies to the old page, leaving the user stuck. Instead, tell the
     * browser (with a partial-response redirect) to open the login page for real, and to come back afterwards to
     * the page the user was on, which the Referer names with its id (the redirected POST only knew the bare view).
     */
    public void leaveAjax() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String back = from;
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI page = new URI(referer);
                String path = page.getRawPath() == null ? "" : page.getRawPath();
                if (path.startsWith(request.getContextPath())) {
                    String candidate = path.substring(request.getContextPath().length())
                            + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
                    if (candidate.equals(target(candidate))) {
                        back = candidate;
                    }
                }
            } catch (URISyntaxException e) {
                // not a usable address: keep what the mechanism said
            }
        }
        external.redirect(external.getRequestContextPath() + EntrixAuthenticationMechanism.LOGIN_PAGE
                + (back == null ? "" : "?from=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));
        faces.responseComplete();
    }

    /** The page asked for before the login, when it is a console page or the account; the dashboard otherwise. */
    static String target(String from) {
        if (from != null && !from.contains("..") && CONSOLE_PATH.matcher(from).matches()) {
            return from;
        }
        if (ACCOUNT_HOME.equals(from)) {
            return from;
        }
        return HOME;
    }

    /** The portal or account page a fan asked for before the login; "Mon compte" otherwise. */
    static String fanTarget(String from) {
        if (from != null && !from.contains("..") && FAN_PATH.matcher(from).matches()) {
            return from;
        }
        return ACCOUNT_HOME;
    }

    private void fail() {
        // one message for unknown user, wrong password and disabled account: the form tells nobody which it was
        ConsoleMessages.error(null, ConsoleMessages.text("login.failed"));
        password = null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isErased() {
        return erased;
    }

    public void setErased(boolean erased) {
        this.erased = erased;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
