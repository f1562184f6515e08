package tn.entrix.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a REST method (or every method of a resource class); enforced by {@link RolesFeature}.
 *
 * <p>Why not {@code @RolesAllowed}: Payara's MicroProfile JWT module forces its own JAX-RS filter onto every method
 * carrying {@code @RolesAllowed}/{@code @PermitAll}/{@code @DenyAll}, and for an EAR it cannot be switched off
 * ({@code jaxrs-roles-allowed-enabled} in payara-web.xml is only read for a bare WAR). That filter asks Soteria for the
 * caller on every request, and Soteria rebuilds its role mapper each time, failing {@code Class.forName} for other
 * servers' classes under the class loader's lock: measured, it was ~40% of the CPU of a gate scan and serialised the
 * request threads. Our own annotation keeps the declaration on every endpoint and one cheap check.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

    /** Role names ({@code Role.Names}); empty means nobody. */
    String[] value();
}
