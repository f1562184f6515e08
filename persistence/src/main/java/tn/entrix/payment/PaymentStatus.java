package tn.entrix.payment;

/**
 * Where a payment stands. PENDING until the provider's verify call settles it; every other state is final.
 * SUSPICIOUS: the provider reported a payment that does not match ours (amount or tracking id): never paid, reviewed
 * by a human (a HIGH audit row says why). REFUND_DUE: a payment that succeeded but must be given back (its order was
 * refunded, or could no longer be paid when the money came); Flouci's API has no refund call, finance pays it back.
 */
public enum PaymentStatus {
    PENDING, SUCCESS, FAILURE, EXPIRED, SUSPICIOUS, REFUND_DUE;

    public boolean isFinal() {
        return this != PENDING;
    }
}
