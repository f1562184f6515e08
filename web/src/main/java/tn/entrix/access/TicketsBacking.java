package tn.entrix.access;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tn.entrix.event.EventService;
import tn.entrix.event.EventView;
import tn.entrix.platform.EntrixException;

/**
 * "Mes billets" ({@code account/tickets.xhtml}): the caller's own access rights, grouped by event (the next event
 * first), each with its zone, seat, gates, status, QR code and PDF. The images and PDFs come from the REST endpoints
 * under /api/v1/access-rights, which serve the holder only (the console login is accepted there too).
 */
@Named
@ViewScoped
public class TicketsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccessRightService rights;

    @Inject
    EventService events;

    private transient List<EventTickets> groups;

    /** The tickets of one event; {@code event} is null if the event can no longer be read. */
    public record EventTickets(long eventId, String eventName, EventView event, List<AccessRightView> tickets) {
    }

    public List<EventTickets> getGroups() {
        if (groups == null) {
            Principal caller = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
            Map<Long, List<AccessRightView>> byEvent = new LinkedHashMap<>();
            Map<Long, String> names = new LinkedHashMap<>();
            for (AccessRightView right : rights.mine(caller.getName())) {
                byEvent.computeIfAbsent(right.eventId(), id -> new ArrayList<>()).add(right);
                names.putIfAbsent(right.eventId(), right.eventName());
            }
            List<EventTickets> list = new ArrayList<>();
            byEvent.forEach((eventId, tickets) -> {
                tickets.sort(Comparator.comparing((AccessRightView r) -> r.seatReference() == null ? "" : r.seatReference())
                        .thenComparing(AccessRightView::id));
                list.add(new EventTickets(eventId, names.get(eventId), event(eventId), tickets));
            });
            // the next event first, past events after the coming ones
            Instant now = Instant.now();
            list.sort(Comparator.comparing((EventTickets g) -> g.event() == null || g.event().endsAt().isBefore(now))
                    .thenComparing(g -> g.event() == null ? Instant.MAX : g.event().startsAt()));
            groups = list;
        }
        return groups;
    }

    public int getCount() {
        return getGroups().stream().mapToInt(g -> g.tickets().size()).sum();
    }

    public void refresh() {
        groups = null;
    }

    /** Whether the ticket's code can be shown and printed (the service serves VALID and USED rights only). */
    public boolean printable(AccessRightView right) {
        return right.status() == AccessRightStatus.VALID || right.status() == AccessRightStatus.USED;
    }

    /** The entry gates serving the ticket's zone, as one line. */
    public String gates(AccessRightView right) {
        return right.gates() == null || right.gates().isEmpty() ? "—" : String.join(", ", right.gates());
    }

    private EventView event(long eventId) {
        try {
            return events.find(eventId);
        } catch (EntrixException e) {
            return null;
        }
    }
}
