package tn.entrix.payment;

/** What Flouci's verify_payment says in {@code result.status}. */
public enum FlouciStatus {
    SUCCESS, PENDING, EXPIRED, FAILURE
}
