package tn.entrix.event;

/** Season → phase → events; tournaments and festivals group events the same way. */
public enum EventGroupKind {
    SEASON, TOURNAMENT, FESTIVAL, PHASE
}
