package tn.entrix.venue;

/** Direction(s) a gate or turnstile serves. */
public enum AccessPointKind {
    ENTRY, EXIT, BOTH
}
