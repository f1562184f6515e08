package tn.entrix.selling;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import tn.entrix.event.EventService;
import tn.entrix.event.EventStatus;
import tn.entrix.event.EventView;

/** The fan portal's home ({@code shop/index.xhtml}): the events on sale with their lowest public price. */
@Named
@RequestScoped
public class ShopBacking {

    @Inject
    EventService events;

    @Inject
    TicketTypeService ticketTypes;

    private List<Offer> offers;

    /** An event on sale and its lowest price (null when nothing is offered to everyone). */
    public record Offer(EventView event, Long fromPrice) {
    }

    public List<Offer> getOffers() {
        if (offers == null) {
            offers = new ArrayList<>();
            for (EventView event : events.list(null, null, EventStatus.ON_SALE, 0, 100).items()) {
                Long from = ticketTypes.list(event.id()).stream()
                        .filter(t -> t.visibility() == Visibility.PUBLIC)
                        .map(TicketTypeView::basePrice).min(Long::compare).orElse(null);
                offers.add(new Offer(event, from));
            }
        }
        return offers;
    }
}
