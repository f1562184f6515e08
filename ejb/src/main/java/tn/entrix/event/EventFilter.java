package tn.entrix.event;

import java.time.Instant;

/**
 * What an event list is filtered on; every member may be null (no condition). {@code from} is inclusive, {@code to}
 * exclusive, both on the start; {@code text} is looked for in the code, the name and the venue's name.
 */
public record EventFilter(EventStatus status, EventKind kind, Long groupId, Instant from, Instant to, String text) {

    public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null);
}
