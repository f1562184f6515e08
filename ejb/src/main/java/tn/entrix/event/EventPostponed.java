package tn.entrix.event;

import java.time.Instant;

/**
 * Fired (CDI, after the new dates are written, in their transaction) when an event is postponed: access control
 * re-signs the event's valid rights for the new dates, in the same transaction, so the dates and the tokens move
 * together or not at all.
 */
public record EventPostponed(long eventId, String code, Instant doorsOpenAt, Instant startsAt, Instant endsAt) {
}
