package tn.entrix.gate;

/** An event's gate policy or segregation rules changed: the scan path reloads them once committed. */
public record GatePolicyChanged(long eventId) {
}
