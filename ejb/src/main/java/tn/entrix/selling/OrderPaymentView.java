package tn.entrix.selling;

import java.time.Instant;

/** A started payment of an order: where the fan pays (Flouci's page), and until when the seats stay held. */
public record OrderPaymentView(long orderId, String number, long amount, String paymentId, String link,
                               Instant payBefore) {
}
