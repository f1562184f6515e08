package tn.entrix.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, under /api/v1. {@link RolesFeature} enforces the @Allowed / @Public that every resource
 * method declares; the caller comes from the bearer token (tn.entrix.identity.EntrixAuthenticationMechanism).
 */
@ApplicationScoped
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Entrix API", version = "1",
                description = "Ticketing, season passes and stadium access control. Errors are "
                        + "application/problem+json (RFC 9457) with a stable 'code'. Money is in millimes "
                        + "(1 TND = 1000), times are UTC instants."),
        security = @SecurityRequirement(name = "bearer"),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "bearer",
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                description = "POST /api/v1/auth/token with username and password")))
public class RestApplication extends Application {

    /**
     * Every resource class, for {@link OpenApiSchemas} (Jersey still discovers them by scanning; EndpointRolesTest
     * checks that this list is complete).
     */
    public static final List<Class<?>> RESOURCES = List.of(
            tn.entrix.identity.AuthResource.class, tn.entrix.identity.UsersResource.class,
            tn.entrix.identity.RegistrationsResource.class, tn.entrix.identity.PasswordResetsResource.class,
            tn.entrix.identity.MeResource.class, tn.entrix.identity.GroupsResource.class,
            tn.entrix.identity.AssignmentRulesResource.class,
            tn.entrix.venue.VenuesResource.class, tn.entrix.venue.MappingsResource.class,
            tn.entrix.venue.ZonesResource.class, tn.entrix.venue.SeatsResource.class,
            tn.entrix.venue.AccessPointsResource.class,
            tn.entrix.event.ParticipantsResource.class, tn.entrix.event.EventGroupsResource.class,
            tn.entrix.event.EventsResource.class,
            tn.entrix.selling.SaleConfigurationResource.class, tn.entrix.selling.HoldsResource.class,
            tn.entrix.selling.OrdersResource.class,
            tn.entrix.payment.PaymentsResource.class, tn.entrix.finance.CommissionsResource.class,
            tn.entrix.access.AccessRightsResource.class, tn.entrix.access.EventAccessRightsResource.class,
            tn.entrix.access.EventKeysResource.class,
            tn.entrix.gate.ScansResource.class, tn.entrix.gate.DevicesResource.class,
            tn.entrix.gate.EventGateResource.class,
            tn.entrix.blacklist.BansResource.class,
            JobsResource.class);

    @Override
    public Map<String, Object> getProperties() {
        // problem documents are written by our mappers; Jersey must not replace them with HTML error pages.
        // Jersey's own Bean Validation is off: every resource is a CDI bean, whose method parameters Hibernate
        // Validator's CDI interceptor validates anyway (same ConstraintViolationException, same 422 problem), so each
        // request body was validated twice (~7% of a scan's server time in a JFR of the gate rush).
        return Map.of("jersey.config.server.response.setStatusOverSendError", true,
                "jersey.config.beanValidation.disable.server", true);
    }
}
