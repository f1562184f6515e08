package tn.entrix.blacklist;

/** Which events a ban covers: all, those of one club (its HOME matches, or as HEADLINER), or one event. */
public enum BanScope {
    ALL_EVENTS, CLUB, EVENT
}
