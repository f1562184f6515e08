package tn.entrix.event;

/** The part a participant plays in one event. */
public enum LineupRole {
    HOME, AWAY, HEADLINER, SUPPORT, SPEAKER, GUEST
}
