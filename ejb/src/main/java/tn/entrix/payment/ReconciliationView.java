package tn.entrix.payment;

/** What one reconciliation run did: pending payments checked with the provider, and what became of them. */
public record ReconciliationView(int checked, int settled, int stillPending, int failed) {
}
