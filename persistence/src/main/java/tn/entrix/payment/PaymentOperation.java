package tn.entrix.payment;

/** A call to the provider: create a payment (and its link), or ask where a payment stands. */
public enum PaymentOperation {
    GENERATE, VERIFY
}
