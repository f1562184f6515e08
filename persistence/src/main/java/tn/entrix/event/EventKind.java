package tn.entrix.event;

/** What happens at an event; the metadata rules depend on it. */
public enum EventKind {
    FOOTBALL, BASKETBALL, HANDBALL, CONCERT, CONFERENCE, OTHER
}
