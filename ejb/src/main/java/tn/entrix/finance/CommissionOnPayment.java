package tn.entrix.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import tn.entrix.selling.OrderPaid;

/** Every paid order gets its commission, in the paying transaction. */
@ApplicationScoped
public class CommissionOnPayment {

    @Inject
    CommissionService commissions;

    void onPaid(@Observes OrderPaid paid) {
        commissions.onOrderPaid(paid.orderId());
    }
}
