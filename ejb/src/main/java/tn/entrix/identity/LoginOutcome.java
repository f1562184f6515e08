package tn.entrix.identity;

import java.time.Instant;
import java.util.Set;

/**
 * What a login attempt gave. A failure is a value, not an exception: the failed-attempt counter it increments must
 * commit (an exception would roll it back and make the lockout useless).
 */
public record LoginOutcome(String failure, String username, Set<String> roles, String sessionId, Instant expiresAt) {

    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    public static final String EMAIL_NOT_CONFIRMED = "EMAIL_NOT_CONFIRMED";

    static LoginOutcome failed(String code) {
        return new LoginOutcome(code, null, Set.of(), null, null);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
