package tn.entrix.gate;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tn.entrix.event.EventFilter;
import tn.entrix.event.EventOrder;
import tn.entrix.event.EventService;
import tn.entrix.event.EventStatus;
import tn.entrix.event.EventView;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.NotFoundException;

/**
 * The live gate page ({@code gate/live.xhtml?event=}), the first page of the authorities' portal: read-only figures
 * from {@link OccupancyService}, re-read by the page's poll every few seconds. Without an event it offers the events
 * that are on, about to be, or just over.
 */
@Named
@ViewScoped
public class GateLiveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How far back and ahead the picker looks: a match that ended last night, the week to come. */
    static final Duration PICK_BEFORE = Duration.ofHours(24);
    static final Duration PICK_AFTER = Duration.ofDays(7);
    static final List<EventStatus> PICK_STATUSES = List.of(EventStatus.ON_SALE, EventStatus.CLOSED,
            EventStatus.DONE);

    /** One minute of a gate's entry rate, oldest first on the page; {@code height} in % of the page's busiest. */
    public record Bar(int minutesAgo, long entries, int height) {
    }

    /** Denied scans of one reason ({@link ScanReason}'s name). */
    public record Denial(String reason, long count) {
    }

    @Inject
    OccupancyService occupancy;

    @Inject
    EventService events;

    @Inject
    Clock clock;

    private Long eventId;
    // re-read at every poll: records holding lists and maps, not serializable
    private transient OccupancyView view;
    private transient EventView event;
    private transient List<EventView> choices;

    public void load() {
        if (eventId == null) {
            return;
        }
        try {
            event = events.find(eventId);
            refresh();
        } catch (NotFoundException e) {
            ConsolePages.notFound();
        }
    }

    /** The poll's action: the figures as they are now. */
    public void refresh() {
        if (eventId != null) {
            view = occupancy.live(eventId);
        }
    }

    /** The picker moved to another event: open its page (a bookmarkable address). */
    public void pick() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/console/gate/live.xhtml" + (eventId == null ? "" : "?event=" + eventId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Events on sale, closed or done that start between yesterday and next week, soonest first. */
    public List<EventView> getChoices() {
        if (choices == null) {
            Instant now = clock.instant();
            List<EventView> found = new ArrayList<>();
            for (EventStatus status : PICK_STATUSES) {
                found.addAll(events.search(new EventFilter(status, null, null, now.minus(PICK_BEFORE),
                        now.plus(PICK_AFTER), null), EventOrder.STARTS_AT, false, 0, 100).items());
            }
            EventView current = getEvent();
            if (current != null && found.stream().noneMatch(e -> e.id() == current.id())) {
                found.add(current);
            }
            found.sort(Comparator.comparing(EventView::startsAt));
            choices = found;
        }
        return choices;
    }

    public OccupancyView getView() {
        if (view == null && eventId != null) {
            refresh();
        }
        return view;
    }

    public EventView getEvent() {
        if (event == null && eventId != null) {
            event = events.find(eventId);
        }
        return event;
    }

    /** The gate's last minutes as bars, oldest first, scaled on the busiest minute of any gate. */
    public List<Bar> bars(OccupancyView.GateFigures gate) {
        long max = Math.max(1, getView().gates().stream().flatMap(g -> g.entriesPerMinute().stream())
                .mapToLong(Long::longValue).max().orElse(1));
        List<Long> perMinute = gate.entriesPerMinute();
        List<Bar> bars = new ArrayList<>();
        for (int ago = perMinute.size() - 1; ago >= 0; ago--) {
            long n = perMinute.get(ago);
            bars.add(new Bar(ago, n, (int) Math.round(n * 100.0 / max)));
        }
        return bars;
    }

    /** Entries admitted over the page's whole rate window (the last {@link OccupancyService#RATE_MINUTES}). */
    public long recentEntries(OccupancyView.GateFigures gate) {
        return gate.entriesPerMinute().stream().mapToLong(Long::longValue).sum();
    }

    /** The denials as rows the page can repeat over, most frequent first (the service's order). */
    public List<Denial> getDenials() {
        return getView() == null ? List.of() : getView().denials().entrySet().stream()
                .map(e -> new Denial(e.getKey(), e.getValue())).toList();
    }

    public int getRateMinutes() {
        return OccupancyService.RATE_MINUTES;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }
}
