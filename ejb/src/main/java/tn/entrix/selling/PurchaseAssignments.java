package tn.entrix.selling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import tn.entrix.event.Event;
import tn.entrix.event.EventGroup;
import tn.entrix.identity.AssignmentService;
import tn.entrix.identity.PurchaseType;

/**
 * Applies the assignment rules to the buyer of a paid order, in the paying transaction: {season} is the code of the
 * event's top group (the season), {event} the event's code.
 */
@ApplicationScoped
public class PurchaseAssignments {

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AssignmentService assignments;

    void onPaid(@Observes OrderPaid paid) {
        Event event = em.find(Event.class, paid.eventId());
        Map<String, String> context = new HashMap<>();
        context.put("event", event.getCode());
        EventGroup group = event.getGroup();
        while (group != null && group.getParent() != null) {
            group = group.getParent();
        }
        context.put("season", group == null ? event.getCode() : group.getCode());
        assignments.onPurchase(paid.userId(), PurchaseType.TICKET, context);
    }
}
