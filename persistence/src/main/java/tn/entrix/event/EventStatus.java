package tn.entrix.event;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of an event: DRAFT → PUBLISHED → ON_SALE → CLOSED → DONE, with POSTPONED (new dates; rights stay
 * valid) and CANCELLED (terminal; refunds follow) reachable from any live state.
 */
public enum EventStatus {
    DRAFT, PUBLISHED, ON_SALE, CLOSED, DONE, POSTPONED, CANCELLED;

    /** The states this one may move to. */
    public Set<EventStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED, CANCELLED);
            case PUBLISHED -> EnumSet.of(ON_SALE, DRAFT, POSTPONED, CANCELLED);
            case ON_SALE -> EnumSet.of(CLOSED, POSTPONED, CANCELLED);
            case CLOSED -> EnumSet.of(DONE, ON_SALE, POSTPONED, CANCELLED);
            case POSTPONED -> EnumSet.of(PUBLISHED, ON_SALE, CANCELLED);
            case DONE, CANCELLED -> EnumSet.noneOf(EventStatus.class);
        };
    }

    public boolean canMoveTo(EventStatus target) {
        return next().contains(target);
    }
}
