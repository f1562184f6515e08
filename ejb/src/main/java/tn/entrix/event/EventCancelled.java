package tn.entrix.event;

/**
 * Fired (CDI, after the cancellation is written, in its transaction) when an event is cancelled, so that ticketing
 * can start refunds and access control can revoke rights. Observers must not throw: a cancellation stands.
 */
public record EventCancelled(long eventId, String code) {
}
