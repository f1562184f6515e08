package tn.entrix.identity;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** What the console and account pages need to know about their caller (the Faces twin of {@link Callers}). */
final class FacesCaller {

    private FacesCaller() {
    }

    static String name() {
        return external().getUserPrincipal().getName();
    }

    /** Every role the caller may act as (the hierarchy expanded). */
    static Set<String> roles() {
        ExternalContext external = external();
        return Arrays.stream(Role.values()).map(Enum::name).filter(external::isUserInRole)
                .collect(Collectors.toSet());
    }

    /** The login (user session) this request belongs to, as the authentication mechanism found it. */
    static String sessionId() {
        return (String) ((HttpServletRequest) external().getRequest())
                .getAttribute(EntrixAuthenticationMechanism.SESSION_ATTRIBUTE);
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
