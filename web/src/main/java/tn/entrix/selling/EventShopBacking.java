package tn.entrix.selling;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tn.entrix.event.EventService;
import tn.entrix.event.EventStatus;
import tn.entrix.event.EventView;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.EntrixException;

/**
 * One event of the fan portal ({@code shop/event.xhtml?id=}): its ticket types with price and what is left, the
 * price breakdown of the chosen quantity ({@link HoldService#quote}), best seats or a seat picker, then the hold.
 * Visitors see the offer; the breakdown and the hold need a login (and come back here after it).
 */
@Named
@ViewScoped
public class EventShopBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventService events;

    @Inject
    TicketTypeService ticketTypes;

    @Inject
    HoldService holds;

    @Inject
    StockAdmission admission;

    private Long id;
    private transient EventView event;
    private transient List<TicketTypeView> types;
    private Long typeId;
    private int quantity = 1;
    private boolean choose;
    private transient List<FreeSeatView> freeSeats = List.of();
    private List<Long> seatIds = new ArrayList<>();
    private transient QuoteView quote;
    private boolean missing;

    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            event = events.find(id);
        } catch (EntrixException e) {
            missing = true;
            return;
        }
        if (event.status() != EventStatus.ON_SALE) {
            missing = true;
            return;
        }
        types = ticketTypes.list(id).stream().filter(t -> t.visibility() == Visibility.PUBLIC).toList();
        if (typeId == null && !types.isEmpty()) {
            typeId = types.stream().filter(t -> t.available() > 0).map(TicketTypeView::id).findFirst()
                    .orElse(types.get(0).id());
        }
        requote();
    }

    /** Another type or quantity: the breakdown again, and the picker of the new type. */
    public void changeType() {
        seatIds = new ArrayList<>();
        choose = false;
        freeSeats = List.of();
        quantity = Math.min(Math.max(quantity, 1), getMaxQuantity());
        requote();
    }

    public void requote() {
        quote = null;
        String fan = ShopFaces.caller();
        TicketTypeView type = getType();
        if (fan == null || type == null) {
            return;
        }
        int count = choose ? seatIds.size() : quantity;
        if (count < 1) {
            return;
        }
        try {
            quote = holds.quote(fan, type.id(), count, null);
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    public void changeMode() {
        seatIds = new ArrayList<>();
        if (choose && getType() != null) {
            freeSeats = ticketTypes.freeSeats(id, getType().id());
        }
        requote();
    }

    /** A seat of the picker pressed: in or out of the selection (at most the per-order limit). */
    public void toggleSeat(long seatId) {
        if (seatIds.contains(seatId)) {
            seatIds.remove(seatId);
        } else if (seatIds.size() < getMaxQuantity()) {
            seatIds.add(seatId);
        } else {
            ConsoleMessages.error(null, ConsoleMessages.text("shop.seats.limit", getMaxQuantity()));
        }
        requote();
    }

    public boolean isSelected(long seatId) {
        return seatIds.contains(seatId);
    }

    /** "Réserver": the hold, then the checkout; a visitor logs in first and comes back here. */
    public void hold() throws IOException {
        String fan = ShopFaces.caller();
        if (fan == null) {
            ShopFaces.login("/shop/event.xhtml?id=" + id);
            return;
        }
        TicketTypeView type = getType();
        if (type == null) {
            return;
        }
        try {
            HoldRequest request = choose ? new HoldRequest(type.id(), null, List.copyOf(seatIds), null)
                    : new HoldRequest(type.id(), quantity, null, null);
            HoldView hold = admission.admit(() -> holds.hold(fan, request));
            ShopFaces.redirect("/shop/checkout.xhtml?hold=" + hold.id());
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
            if (choose) {
                changeMode(); // the seats someone else took are gone from the picker
            }
        }
    }

    public void login() throws IOException {
        ShopFaces.login("/shop/event.xhtml?id=" + id);
    }

    public TicketTypeView getType() {
        if (types == null || typeId == null) {
            return null;
        }
        return types.stream().filter(t -> t.id() == typeId).findFirst().orElse(null);
    }

    public int getMaxQuantity() {
        TicketTypeView type = getType();
        if (type == null) {
            return 1;
        }
        int max = Math.min(type.maxPerOrder(), Math.max(type.available(), 1));
        return type.maxPerUser() == null ? max : Math.min(max, type.maxPerUser());
    }

    public List<Integer> getQuantities() {
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= Math.min(getMaxQuantity(), 10); i++) {
            values.add(i);
        }
        return values;
    }

    /** The free seats by zone and row, for the picker. */
    public List<SeatRow> getSeatRows() {
        Map<String, List<FreeSeatView>> rows = new LinkedHashMap<>();
        for (FreeSeatView seat : freeSeats) {
            rows.computeIfAbsent(seat.zone() + " · " + seat.row(), k -> new ArrayList<>()).add(seat);
        }
        return rows.entrySet().stream().map(e -> new SeatRow(e.getKey(), e.getValue())).toList();
    }

    /** One row of the seat picker. */
    public record SeatRow(String label, List<FreeSeatView> seats) {
    }

    public boolean isLoggedIn() {
        return ShopFaces.caller() != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EventView getEvent() {
        return event;
    }

    public List<TicketTypeView> getTypes() {
        return types;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public boolean isChoose() {
        return choose;
    }

    public void setChoose(boolean choose) {
        this.choose = choose;
    }

    public List<Long> getSeatIds() {
        return seatIds;
    }

    public QuoteView getQuote() {
        return quote;
    }

    public boolean isMissing() {
        return missing;
    }
}
