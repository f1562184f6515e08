package tn.entrix.identity;

/** ACTIVE users can log in; LOCKED and DISABLED cannot (the identity store only reads ACTIVE rows). */
public enum UserStatus {
    ACTIVE, LOCKED, DISABLED
}
