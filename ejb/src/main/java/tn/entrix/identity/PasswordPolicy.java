package tn.entrix.identity;

import java.util.Locale;
import java.util.Set;
import tn.entrix.platform.RuleViolationException;

/**
 * A sane password policy (NIST 800-63B in spirit): long enough, not made of one kind of character, not one of the
 * passwords every attacker tries first, and not the username or email. No forced rotation, no symbol rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "12345678",
            "123456789", "1234567890", "azerty123", "qwerty123", "motdepasse", "11111111", "00000000",
            "iloveyou1", "tunisie1", "tunisia1", "espérance1", "africain1", "admin123", "welcome1", "azertyuiop");

    private PasswordPolicy() {
    }

    /** Throws WEAK_PASSWORD (field password) with the reason, or returns quietly. */
    public static void check(String password, String username, String email) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw weak("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            throw weak("must mix letters with digits or symbols");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw weak("is one of the most common passwords");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw weak("must not contain the username");
        }
        if (email != null && email.contains("@")) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 3 && lower.contains(local)) {
                throw weak("must not contain the email address");
            }
        }
    }

    private static RuleViolationException weak(String why) {
        return RuleViolationException.field("WEAK_PASSWORD", "password", "The password " + why);
    }
}
