package tn.entrix.gate;

/** Whether a fan who left may come back in. */
public enum Reentry {
    /** One entry per right; exits are recorded, a second entry is NO_REENTRY. */
    NONE,
    /** Back in after an exit scan (never twice inside). */
    AFTER_EXIT
}
