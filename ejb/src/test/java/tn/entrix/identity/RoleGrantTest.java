package tn.entrix.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleGrantTest {

    private static final Set<String> ADMIN = Set.of("ADMIN", "BADGECHECKER", "USER");
    private static final Set<String> SUPERADMIN = Set.of("SUPERADMIN", "ADMIN", "BADGECHECKER", "USER");

    @Test
    void onlyASuperadminGrantsAdministrativeRoles() {
        assertFalse(UserService.mayGrant(ADMIN, Role.ADMIN));
        assertFalse(UserService.mayGrant(ADMIN, Role.SUPERADMIN));
        assertTrue(UserService.mayGrant(SUPERADMIN, Role.ADMIN));
        assertTrue(UserService.mayGrant(SUPERADMIN, Role.SUPERADMIN));
    }

    @Test
    void anAdminGrantsTheOtherRolesAndAFanNone() {
        assertTrue(UserService.mayGrant(ADMIN, Role.BADGECHECKER));
        assertTrue(UserService.mayGrant(ADMIN, Role.AUTHORITY));
        assertFalse(UserService.mayGrant(Set.of("USER"), Role.USER));
        assertFalse(UserService.mayGrant(Set.of("BADGECHECKER", "USER"), Role.BADGECHECKER));
    }
}
