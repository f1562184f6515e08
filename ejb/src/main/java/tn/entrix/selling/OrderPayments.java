package tn.entrix.selling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import tn.entrix.payment.PaymentSucceeded;

/**
 * A verified Flouci payment of an order (its tracking id is the order number) pays the order, inside the payment's
 * settlement transaction: either both are recorded or neither, and a failure leaves the payment PENDING for the
 * next webhook or reconciliation.
 */
@ApplicationScoped
public class OrderPayments {

    private static final Logger LOG = Logger.getLogger(OrderPayments.class.getName());

    @Inject
    OrderService orders;

    @Inject
    tn.entrix.payment.PaymentService payments;

    void onPayment(@Observes PaymentSucceeded payment) {
        if (!payment.trackingId().startsWith("ETX-")) {
            return; // a back-office test payment
        }
        OrderService.Settlement settlement = orders.settle(payment.trackingId(), payment.paymentId(),
                payment.amountMillimes());
        if (settlement != OrderService.Settlement.PAID && settlement != OrderService.Settlement.ALREADY_PAID) {
            LOG.warning("Payment " + payment.paymentId() + " for order " + payment.trackingId() + ": " + settlement);
        }
        if (settlement == OrderService.Settlement.NOT_PENDING || settlement == OrderService.Settlement.UNKNOWN) {
            // the money came but the order can no longer take it (expired, cancelled, paid by another payment):
            // the payment must not stay a plain SUCCESS that nobody looks at again
            payments.refundDue(payment.paymentId(), "order " + payment.trackingId() + " "
                    + (settlement == OrderService.Settlement.UNKNOWN ? "unknown" : "could no longer be paid"));
        }
    }
}
