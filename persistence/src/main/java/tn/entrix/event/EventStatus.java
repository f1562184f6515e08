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

    /** Whether new dates may be set: from any live state, and again while postponed. */
    public boolean canPostpone() {
        return this == POSTPONED || canMoveTo(POSTPONED);
    }

    /** The states reachable by a plain status change (postponing takes new dates, see {@link #canPostpone()}). */
    public Set<EventStatus> changes() {
        Set<EventStatus> changes = EnumSet.noneOf(EventStatus.class);
        changes.addAll(next());
        changes.remove(POSTPONED);
        return changes;
    }
}
