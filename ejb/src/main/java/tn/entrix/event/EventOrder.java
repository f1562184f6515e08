package tn.entrix.event;

/** The orders an event list offers; ties are broken by start then id, so pages never overlap. */
public enum EventOrder {
    STARTS_AT("e.startsAt"), CODE("e.code"), NAME("e.name"), KIND("e.kind"), STATUS("e.status"),
    VENUE("e.venue.name");

    private final String path;

    EventOrder(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
