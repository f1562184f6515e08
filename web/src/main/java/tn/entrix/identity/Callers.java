package tn.entrix.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** What the REST resources need to know about their caller, beyond the principal's name. */
final class Callers {

    private Callers() {
    }

    /** Every role the caller may act as (the hierarchy expanded). */
    static Set<String> roles(SecurityContext security) {
        return Arrays.stream(Role.values()).map(Enum::name).filter(security::isUserInRole)
                .collect(Collectors.toSet());
    }

    static String name(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    /** The session (login) the request belongs to, as the authentication mechanism found it. */
    static String sessionId(HttpServletRequest request) {
        return (String) request.getAttribute(EntrixAuthenticationMechanism.SESSION_ATTRIBUTE);
    }
}
