package tn.entrix.event;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import tn.entrix.identity.Role;
import tn.entrix.platform.ConsoleFormat;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;
import tn.entrix.platform.NotFoundException;
import tn.entrix.venue.MappingService;
import tn.entrix.venue.MappingView;
import tn.entrix.venue.ZoneService;
import tn.entrix.venue.ZoneView;

/**
 * One event ({@code event.xhtml?id=}): what, when, where (the mapping's capacity and zones), who, and the life-cycle
 * actions that its status allows — as {@link EventStatus} says; the service checks again and audits.
 */
@Named
@ViewScoped
public class EventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String POSTPONE_FORM = "postponeForm";
    static final Map<String, String> POSTPONE_FIELDS = Map.of("startsAt", POSTPONE_FORM + ":newStartsAt",
            "endsAt", POSTPONE_FORM + ":newEndsAt", "doorsOpenAt", POSTPONE_FORM + ":newDoorsOpenAt");

    /** The order of the action buttons, the usual next step first; cancelling is apart (it asks first). */
    static final List<EventStatus> ACTION_ORDER = List.of(EventStatus.PUBLISHED, EventStatus.ON_SALE,
            EventStatus.CLOSED, EventStatus.DONE, EventStatus.DRAFT);

    @Inject
    EventService events;

    @Inject
    EventGroupService groups;

    @Inject
    MappingService mappings;

    @Inject
    ZoneService zones;

    @Inject
    FormValidation validation;

    @Inject
    ConsoleFormat format;

    private Long id;
    // re-read after every change (records with JSON-P values are not serializable)
    private transient EventView event;
    private transient MappingView mapping;
    private transient List<ZoneView> zoneList;
    private transient EventGroupView group;

    private LocalDateTime newStartsAt;
    private LocalDateTime newEndsAt;
    private LocalDateTime newDoorsOpenAt;

    public void load() {
        if (id == null) {
            ConsolePages.notFound();
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            ConsolePages.notFound();
        }
    }

    /** Publish, open or close the sale, mark done, back to draft, cancel. */
    public void changeStatus(EventStatus target) {
        if (!isAdmin()) {
            return;
        }
        try {
            EventView changed = events.changeStatus(id, target);
            ConsoleMessages.info("event.changed." + target, changed.name());
            refresh();
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
            refresh();
        }
    }

    /** Opens the postponement dialog on the current dates. */
    public void preparePostpone() {
        EventView current = getEvent();
        newStartsAt = ConsoleFormat.local(current.startsAt());
        newEndsAt = ConsoleFormat.local(current.endsAt());
        newDoorsOpenAt = null;
    }

    public void postpone() {
        if (!isAdmin()) {
            return;
        }
        PostponeRequest request = new PostponeRequest(ConsoleFormat.instant(newStartsAt),
                ConsoleFormat.instant(newEndsAt), ConsoleFormat.instant(newDoorsOpenAt));
        if (!validation.check(request, POSTPONE_FORM, POSTPONE_FIELDS)) {
            return;
        }
        try {
            EventView postponed = events.postpone(id, request);
            ConsoleMessages.info("event.postponed", postponed.name(), format.dateTime(postponed.startsAt()));
            refresh();
            PrimeFaces.current().executeScript("PF('postponeDialog').hide()");
        } catch (EntrixException e) {
            ConsoleMessages.error(POSTPONE_FORM, e, POSTPONE_FIELDS);
        }
    }

    private void refresh() {
        event = events.find(id);
        mapping = mappings.find(event.mappingId());
        zoneList = zones.tree(event.mappingId());
        group = event.groupId() == null ? null : groups.find(event.groupId());
    }

    /** The plain status changes allowed now, in the order of the buttons. */
    public List<EventStatus> getActions() {
        return ACTION_ORDER.stream().filter(getEvent().status().changes()::contains).toList();
    }

    public boolean isCancellable() {
        return getEvent().status().canMoveTo(EventStatus.CANCELLED);
    }

    public boolean isPostponable() {
        return getEvent().status().canPostpone();
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.ADMIN);
    }

    /** Metadata entries (label, value) for the details; a key the bundle does not name shows as it is. */
    public List<Map.Entry<String, String>> getMetadata() {
        return getEvent().metadata() == null ? List.of() : getEvent().metadata().entrySet().stream()
                .map(e -> Map.entry(label(e.getKey()), text(e.getValue()))).toList();
    }

    private static String label(String key) {
        String text = ConsoleMessages.text("event.metadata." + key);
        return text.equals("event.metadata." + key) ? key : text;
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    public EventView getEvent() {
        if (event == null) {
            refresh();
        }
        return event;
    }

    public MappingView getMapping() {
        if (mapping == null) {
            refresh();
        }
        return mapping;
    }

    public List<ZoneView> getZones() {
        if (zoneList == null) {
            refresh();
        }
        return zoneList;
    }

    public EventGroupView getGroup() {
        if (event == null) {
            refresh();
        }
        return group;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDateTime getNewStartsAt() {
        return newStartsAt;
    }

    public void setNewStartsAt(LocalDateTime newStartsAt) {
        this.newStartsAt = newStartsAt;
    }

    public LocalDateTime getNewEndsAt() {
        return newEndsAt;
    }

    public void setNewEndsAt(LocalDateTime newEndsAt) {
        this.newEndsAt = newEndsAt;
    }

    public LocalDateTime getNewDoorsOpenAt() {
        return newDoorsOpenAt;
    }

    public void setNewDoorsOpenAt(LocalDateTime newDoorsOpenAt) {
        this.newDoorsOpenAt = newDoorsOpenAt;
    }
}
