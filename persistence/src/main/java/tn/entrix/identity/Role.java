package tn.entrix.identity;

/**
 * The roles of Entrix. USER → BADGECHECKER → ADMIN → SUPERADMIN is a hierarchy (a higher role can do what the lower
 * can; the table role_implication expands it for the identity store); AUTHORITY and FINANCE stand beside it.
 */
public enum Role {
    USER, BADGECHECKER, ADMIN, SUPERADMIN, AUTHORITY, FINANCE;

    /** Role names as strings, for {@code @Allowed} on REST methods and {@code @DeclareRoles}. */
    public static final class Names {
        public static final String USER = "USER";
        public static final String BADGECHECKER = "BADGECHECKER";
        public static final String ADMIN = "ADMIN";
        public static final String SUPERADMIN = "SUPERADMIN";
        public static final String AUTHORITY = "AUTHORITY";
        public static final String FINANCE = "FINANCE";

        private Names() {
        }
    }
}
