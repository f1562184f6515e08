package tn.entrix.gate;

/**
 * Why a scan was admitted or denied. The names are stable: scanners switch on them, the log stores them, the
 * denial counters are kept per reason. {@link #supervisor()} says whether a supervisor should come and look.
 */
public enum ScanReason {
    /** Admitted: first entry, or a re-entry the event's policy allows. */
    ENTERED(false),
    /** Admitted: the exit is recorded. */
    EXITED(false),
    /** Not a code we signed, or altered: decided without a database read. */
    INVALID(true),
    /** Signed by us but no such access right (should never happen: a leaked key?). */
    UNKNOWN_RIGHT(true),
    /** An older code of a right that was signed again (postponed event): only the new code opens. */
    REPLACED(false),
    REVOKED(false),
    REFUNDED(false),
    TRANSFERRED(false),
    EVENT_CANCELLED(false),
    /** The code is for another event than those this device and access point serve. */
    WRONG_EVENT(false),
    TOO_EARLY(false),
    EXPIRED(false),
    /** This access point does not serve the right's zone; the decision names the right gates. */
    WRONG_GATE(false),
    /** An entry at an exit-only access point. */
    EXIT_ONLY(false),
    /** An exit at an entry-only access point. */
    ENTRY_ONLY(false),
    /** The holder is banned (the hit is audited). */
    BLACKLISTED(true),
    /** The derby segregation: this supporter group may not use this gate or zone, or the gate is reserved. */
    SEGREGATION(true),
    /** The zone is at its capacity. */
    ZONE_FULL(true),
    /** Already inside: the code was used for an entry and no exit since (a copy of the code?). */
    ALREADY_INSIDE(true),
    /** Entered then left, and the event allows no re-entry. */
    NO_REENTRY(false),
    /** An exit of someone who is not inside (recorded, nothing changes). */
    NOT_INSIDE(false);

    private final boolean supervisor;

    ScanReason(boolean supervisor) {
        this.supervisor = supervisor;
    }

    public boolean supervisor() {
        return supervisor;
    }

    public boolean admits() {
        return this == ENTERED || this == EXITED;
    }
}
