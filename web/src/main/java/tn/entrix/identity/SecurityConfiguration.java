package tn.entrix.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Users and roles live in PostgreSQL. Only ACTIVE users can log in; the group query expands the role hierarchy
 * (role_implication) so that a SUPERADMIN is also ADMIN, BADGECHECKER and USER.
 */
@ApplicationScoped
@DeclareRoles({Role.Names.USER, Role.Names.BADGECHECKER, Role.Names.ADMIN, Role.Names.SUPERADMIN,
        Role.Names.AUTHORITY, Role.Names.FINANCE})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/entrix",
        callerQuery = "select password_hash from app_user where lower(username) = lower(?) and status = 'ACTIVE'",
        groupsQuery = "select distinct ri.implied from user_role ur join app_user u on u.id = ur.user_id "
                + "join role_implication ri on ri.role = ur.role where lower(u.username) = lower(?)",
        hashAlgorithm = Pbkdf2PasswordHash.class)
public class SecurityConfiguration {
}
