package tn.entrix.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import tn.entrix.selling.OrderPaid;

/** Every paid order gets its commission, in the paying transaction; a refund reverses it in its own. */
@ApplicationScoped
public class CommissionOnPayment {

    @Inject
    CommissionService commissions;

    void onPaid(@Observes OrderPaid paid) {
        commissions.onOrderPaid(paid.orderId());
    }

    void onRefunded(@Observes tn.entrix.selling.OrderRefunded refunded) {
        commissions.onOrderRefunded(refunded.orderId(), refunded.number());
    }
}
