package tn.entrix.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the application. Users and roles live in PostgreSQL; logins go through {@link LoginService} (lockout,
 * sessions), called by {@link EntrixAuthenticationMechanism} for the console and by {@link AuthResource} for tokens;
 * the role hierarchy is expanded by the database (role_implication), so a SUPERADMIN is also ADMIN, BADGECHECKER
 * and USER.
 */
@ApplicationScoped
@DeclareRoles({Role.Names.USER, Role.Names.BADGECHECKER, Role.Names.ADMIN, Role.Names.SUPERADMIN,
        Role.Names.AUTHORITY, Role.Names.FINANCE})
public class SecurityConfiguration {
}
