package tn.entrix.gate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tn.entrix.event.EventService;
import tn.entrix.event.EventView;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;

/**
 * The scanner devices page ({@code console/devices/list.xhtml}): enrol a device for an event's gates (its credential
 * shown once, to type on the device), give it a new secret, revoke it.
 */
@Named
@ViewScoped
public class DeviceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeviceService devices;

    @Inject
    EventService events;

    @Inject
    FormValidation validation;

    static final String FORM = "deviceForm";
    static final Map<String, String> FIELDS = Map.of("name", "name", "accessPointIds", "points", "eventIds", "event");

    private List<DeviceView> list;
    private List<EventView> eventOptions;
    private Map<Long, String> eventNames;
    private List<Option> pointOptions = List.of();
    private String name;
    private Long eventId;
    private List<Long> accessPointIds = new ArrayList<>();
    private String credential;
    private String credentialDevice;

    @PostConstruct
    void load() {
        list = devices.list();
        eventOptions = events.list(Instant.now().minus(1, ChronoUnit.DAYS), null, null, 0, 100).items();
        eventNames = eventOptions.stream().collect(Collectors.toMap(EventView::id, EventView::name, (a, b) -> a));
    }

    public void eventChosen() {
        pointOptions = eventId == null ? List.of() : devices.accessPointsOf(eventId);
        accessPointIds = new ArrayList<>();
    }

    public void enrol() {
        DeviceRequest request = new DeviceRequest(name, new HashSet<>(accessPointIds),
                eventId == null ? Set.of() : Set.of(eventId));
        if (!validation.check(request, FORM, FIELDS)) {
            return;
        }
        try {
            DeviceEnrolment enrolment = devices.enrol(request);
            show(enrolment);
            ConsoleMessages.info("device.enrolled", enrolment.device().name());
            name = null;
            accessPointIds = new ArrayList<>();
            list = devices.list();
        } catch (EntrixException e) {
            ConsoleMessages.error(FORM, e, FIELDS);
        }
    }

    public void revoke(DeviceView device) {
        try {
            devices.revoke(device.id());
            ConsoleMessages.info("device.revoked", device.name());
            list = devices.list();
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    public void newSecret(DeviceView device) {
        try {
            show(devices.newCredential(device.id()));
            list = devices.list();
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    /** The events of a device, by name when the page knows them. */
    public String eventsOf(DeviceView device) {
        return device.eventIds().stream().map(id -> eventNames.getOrDefault(id, "#" + id))
                .collect(Collectors.joining(", "));
    }

    private void show(DeviceEnrolment enrolment) {
        credential = enrolment.credential();
        credentialDevice = enrolment.device().name();
    }

    public List<DeviceView> getList() {
        return list;
    }

    public List<EventView> getEventOptions() {
        return eventOptions;
    }

    public List<Option> getPointOptions() {
        return pointOptions;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public List<Long> getAccessPointIds() {
        return accessPointIds;
    }

    public void setAccessPointIds(List<Long> accessPointIds) {
        this.accessPointIds = accessPointIds;
    }

    public String getCredential() {
        return credential;
    }

    public String getCredentialDevice() {
        return credentialDevice;
    }
}
