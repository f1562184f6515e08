package tn.entrix.event;

/** What happens at an event; the metadata rules depend on it. */
public enum EventKind {
    FOOTBALL, BASKETBALL, HANDBALL, CONCERT, CONFERENCE, OTHER;

    /** A match between teams: it may carry a security level, and its rivals may make it a derby. */
    public boolean isSport() {
        return this == FOOTBALL || this == BASKETBALL || this == HANDBALL;
    }
}
