package tn.entrix.identity;

/**
 * Only ACTIVE users can log in. PENDING accounts wait for their email confirmation; LOCKED and DISABLED were stopped
 * by staff; ERASED ones were pseudonymised at their owner's request (GDPR) and stay only as a target for history.
 */
public enum UserStatus {
    PENDING, ACTIVE, LOCKED, DISABLED, ERASED
}
