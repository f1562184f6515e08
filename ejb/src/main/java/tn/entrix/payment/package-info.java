/**
 * Payments through Flouci: the client (every call a recorded attempt, transient failures retried), the webhook that
 * only triggers a verify, settlement exactly once, reconciliation of payments whose webhook never came.
 */
package tn.entrix.payment;
