package tn.entrix.selling;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tn.entrix.event.EventService;
import tn.entrix.event.EventView;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.EntrixException;

/** "Mes commandes" ({@code account/orders.xhtml}): the fan's orders; a pending one can be paid or cancelled. */
@Named
@ViewScoped
public class OrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderService orders;

    @Inject
    EventService events;

    @Inject
    TicketTypeService ticketTypes;

    private transient List<OrderView> list;
    private transient Map<Long, EventView> eventViews;
    private final Map<Long, String> typeNames = new HashMap<>();

    public List<OrderView> getOrders() {
        if (list == null) {
            list = orders.listOwn(ShopFaces.caller());
        }
        return list;
    }

    public void refresh() {
        list = null;
    }

    public void pay(long orderId) throws IOException {
        try {
            ShopFaces.redirectAway(orders.pay(ShopFaces.caller(), orderId).link());
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
            list = null;
        }
    }

    public void cancel(long orderId) {
        try {
            OrderView order = orders.cancelOwn(ShopFaces.caller(), orderId);
            ConsoleMessages.info("orders.cancelled", order.number());
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
        list = null;
    }

    /** The event of an order (null if it is gone), read once per page. */
    public EventView event(long eventId) {
        if (eventViews == null) {
            eventViews = new HashMap<>();
        }
        return eventViews.computeIfAbsent(eventId, id -> {
            try {
                return events.find(id);
            } catch (EntrixException e) {
                return null;
            }
        });
    }

    public String typeName(long typeId) {
        return typeNames.computeIfAbsent(typeId, id -> {
            try {
                return ticketTypes.find(id).name();
            } catch (EntrixException e) {
                return "#" + id;
            }
        });
    }

    public boolean payable(OrderView order) {
        return order.status() == OrderStatus.PENDING_PAYMENT
                && order.expiresAt().isAfter(java.time.Instant.now());
    }
}
