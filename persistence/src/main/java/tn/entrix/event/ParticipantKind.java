package tn.entrix.event;

/** Who takes part in an event: a club or national team, an artist, a speaker. */
public enum ParticipantKind {
    TEAM, ARTIST, SPEAKER
}
