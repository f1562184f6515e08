package tn.entrix.payment;

/**
 * Where a payment stands. PENDING until the provider's verify call settles it; every other state is final.
 * SUSPICIOUS: the provider reported a payment that does not match ours (amount or tracking id): never paid, reviewed
 * by a human (a HIGH audit row says why).
 */
public enum PaymentStatus {
    PENDING, SUCCESS, FAILURE, EXPIRED, SUSPICIOUS;

    public boolean isFinal() {
        return this != PENDING;
    }
}
