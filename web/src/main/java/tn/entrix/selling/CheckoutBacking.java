package tn.entrix.selling;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import tn.entrix.event.EventService;
import tn.entrix.event.EventView;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.EntrixException;

/**
 * The checkout ({@code shop/checkout.xhtml?hold=}): the fan's hold with its seats and price breakdown, a countdown to
 * its expiry, an optional promo code, then the order and Flouci's payment page.
 */
@Named
@ViewScoped
public class CheckoutBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HoldService holds;

    @Inject
    StockAdmission admission;

    @Inject
    OrderService orders;

    @Inject
    EventService events;

    @Inject
    TicketTypeService ticketTypes;

    private Long holdId;
    private String promoCode;
    private transient HoldView hold;
    private transient EventView event;
    private transient TicketTypeView type;
    private boolean missing;

    public void load() {
        if (holdId == null) {
            missing = true;
            return;
        }
        try {
            hold = holds.find(ShopFaces.caller(), holdId, null);
            event = events.find(hold.eventId());
            type = ticketTypes.find(hold.ticketTypeId());
        } catch (EntrixException e) {
            missing = true;
        }
    }

    /** The promo code typed: the breakdown with it (an unknown code simply changes nothing until the order). */
    public void applyPromo() {
        try {
            hold = holds.find(ShopFaces.caller(), holdId, blankToNull(promoCode));
            if (hold.quote().discount() == 0 && blankToNull(promoCode) != null) {
                ConsoleMessages.error(null, ConsoleMessages.text("shop.promo.noEffect"));
            }
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    /** "Commander et payer": the order from the hold, its Flouci payment, and off to Flouci's page. */
    public void orderAndPay() throws IOException {
        String fan = ShopFaces.caller();
        OrderView order;
        try {
            OrderRequest request = OrderRequest.ofHold(holdId, blankToNull(promoCode));
            order = admission.admit(() -> orders.create(fan, request));
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
            load();
            return;
        }
        try {
            ShopFaces.redirectAway(orders.pay(fan, order.id()).link());
        } catch (EntrixException e) {
            // the order exists and keeps its seats: it can be paid from "Mes commandes"
            ConsoleMessages.error(null, e);
            ConsoleMessages.keepForRedirect();
            ShopFaces.redirect("/account/orders.xhtml");
        }
    }

    /** Gives the seats back and returns to the event. */
    public void release() throws IOException {
        try {
            holds.release(ShopFaces.caller(), holdId);
        } catch (EntrixException e) {
            // already expired or ordered: nothing held any more either way
        }
        ShopFaces.redirect(hold == null ? "/shop/index.xhtml" : "/shop/event.xhtml?id=" + hold.eventId());
    }

    public boolean isActive() {
        return hold != null && hold.status() == HoldStatus.ACTIVE && hold.expiresAt().isAfter(Instant.now());
    }

    /** Seconds until the hold ends, for the countdown. */
    public long getSecondsLeft() {
        return hold == null ? 0 : Math.max(0, java.time.Duration.between(Instant.now(), hold.expiresAt()).toSeconds());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getHoldId() {
        return holdId;
    }

    public void setHoldId(Long holdId) {
        this.holdId = holdId;
    }

    public String getPromoCode() {
        return promoCode;
    }

    public void setPromoCode(String promoCode) {
        this.promoCode = promoCode;
    }

    public HoldView getHold() {
        return hold;
    }

    public EventView getEvent() {
        return event;
    }

    public TicketTypeView getType() {
        return type;
    }

    public boolean isMissing() {
        return missing;
    }
}
