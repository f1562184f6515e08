package tn.entrix.platform;

import java.util.Set;
import tn.entrix.identity.EntrixAuthenticationMechanism;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;

/**
 * Enforces {@link Allowed} and {@link Public} on resource methods (then classes): 401 without a sign-in, 403 without
 * one of the roles. Not Jersey's RolesAllowedDynamicFeature: on Payara an unauthenticated caller has the principal
 * "ANONYMOUS", which that feature takes for a login and answers 403 where the client needs 401 to know it must
 * authenticate. Why not {@code @RolesAllowed} at all: see {@link Allowed}.
 */
@Provider
public class RolesFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(Allowed.class)) {
            context.register(new Check(method.getAnnotation(Allowed.class).value()), Priorities.AUTHORIZATION);
        } else if (method.isAnnotationPresent(Public.class)) {
            return;
        } else if (type.isAnnotationPresent(Allowed.class)) {
            context.register(new Check(type.getAnnotation(Allowed.class).value()), Priorities.AUTHORIZATION);
        } else {
            context.register(new Check(new String[0]), Priorities.AUTHORIZATION); // undeclared: nobody (and a test fails)
        }
    }

    /** Lets the request through if the caller holds one of the roles; no roles deny everyone. */
    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final String[] roles;

        Check(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (roles.length == 0) {
                throw new ForbiddenException();
            }
            if (!authenticated(security.getUserPrincipal())) {
                throw new NotAuthorizedException("Bearer");
            }
            // a bearer token's roles, verified by the authentication mechanism: no container role check needed
            Object tokenRoles = request.getProperty(EntrixAuthenticationMechanism.ROLES_ATTRIBUTE);
            for (String role : roles) {
                if (tokenRoles instanceof Set<?> held ? held.contains(role) : security.isUserInRole(role)) {
                    return;
                }
            }
            throw new ForbiddenException();
        }

        private static boolean authenticated(Principal principal) {
            return principal != null && !"ANONYMOUS".equalsIgnoreCase(principal.getName());
        }
    }
}
