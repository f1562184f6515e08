package tn.entrix.gate;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.RuleViolationException;

/** Enrols, re-assigns and revokes scanner devices; every change audited. */
@Stateless
public class DeviceService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Prefix of every device credential: recognisable in a config file or a leak report. */
    static final String CREDENTIAL_PREFIX = "etxd_";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    Event<DeviceChanged> changed;

    @Resource
    SessionContext session;

    public DeviceEnrolment enrol(DeviceRequest request) {
        checkTargets(request);
        String credential = newCredential();
        ScannerDevice device = new ScannerDevice(request.name().strip(), DeviceCredentials.sha256(credential),
                clock.instant(), session.getCallerPrincipal().getName());
        device.assign(request.name().strip(), request.accessPointIds(), request.eventIds());
        em.persist(device);
        em.flush();
        audit.record("DEVICE_ENROLLED", "scanner_device", device.getId(), Severity.MEDIUM,
                "name=" + device.getName() + " accessPoints=" + request.accessPointIds() + " events="
                        + request.eventIds());
        return new DeviceEnrolment(DeviceView.of(device), credential);
    }

    public DeviceView update(long id, DeviceRequest request) {
        ScannerDevice device = active(id);
        checkTargets(request);
        device.assign(request.name().strip(), request.accessPointIds(), request.eventIds());
        em.flush();
        audit.record("DEVICE_ASSIGNED", "scanner_device", id, Severity.MEDIUM,
                "accessPoints=" + request.accessPointIds() + " events=" + request.eventIds());
        changed.fire(new DeviceChanged(id));
        return DeviceView.of(device);
    }

    /** The old secret stops working at once; the new one is shown this once. */
    public DeviceEnrolment newCredential(long id) {
        ScannerDevice device = active(id);
        String credential = newCredential();
        device.newSecret(DeviceCredentials.sha256(credential));
        em.flush();
        audit.record("DEVICE_CREDENTIAL_RESET", "scanner_device", id, Severity.HIGH, null);
        changed.fire(new DeviceChanged(id));
        return new DeviceEnrolment(DeviceView.of(device), credential);
    }

    /** Lost or stolen: refused from its next scan. Idempotent. */
    public DeviceView revoke(long id) {
        ScannerDevice device = find(id);
        if (device.isActive()) {
            device.revoke(clock.instant(), session.getCallerPrincipal().getName());
            em.flush();
            audit.record("DEVICE_REVOKED", "scanner_device", id, Severity.HIGH, "name=" + device.getName());
            changed.fire(new DeviceChanged(id));
        }
        return DeviceView.of(device);
    }

    public DeviceView get(long id) {
        return DeviceView.of(find(id));
    }

    public List<DeviceView> list() {
        return em.createQuery("select d from ScannerDevice d order by d.status, d.name, d.id", ScannerDevice.class)
                .getResultStream().map(DeviceView::of).toList();
    }

    /** The access points of an event's mapping, as choices when enrolling a device for the event. */
    public List<Option> accessPointsOf(long eventId) {
        return em.createNativeQuery("select ap.id, ap.name || ' (' || ap.code || ')' from access_point ap "
                        + "join event e on e.mapping_id = ap.mapping_id where e.id = :e order by ap.code")
                .setParameter("e", eventId).getResultStream()
                .map(r -> new Option(((Number) ((Object[]) r)[0]).longValue(), (String) ((Object[]) r)[1]))
                .toList();
    }

    private ScannerDevice find(long id) {
        ScannerDevice device = em.find(ScannerDevice.class, id);
        if (device == null) {
            throw new NotFoundException("Device", id);
        }
        return device;
    }

    private ScannerDevice active(long id) {
        ScannerDevice device = find(id);
        if (!device.isActive()) {
            throw new ConflictException("DEVICE_REVOKED", "Scanner device " + id + " is revoked; enrol a new one");
        }
        return device;
    }

    /** Every access point and event must exist, and each event must be held in a mapping of one of the points. */
    private void checkTargets(DeviceRequest request) {
        List<?> points = em.createNativeQuery("select id, mapping_id from access_point where id in (:ids)")
                .setParameter("ids", List.copyOf(request.accessPointIds())).getResultList();
        if (points.size() != request.accessPointIds().size()) {
            throw RuleViolationException.field("ACCESS_POINT_UNKNOWN", "accessPointIds",
                    "Some access points do not exist: " + request.accessPointIds());
        }
        List<Long> mappings = points.stream().map(r -> ((Number) ((Object[]) r)[1]).longValue()).distinct().toList();
        List<?> events = em.createNativeQuery("select id from event where id in (:ids) and mapping_id in (:maps)")
                .setParameter("ids", List.copyOf(request.eventIds()))
                .setParameter("maps", mappings).getResultList();
        if (events.size() != request.eventIds().size()) {
            throw new RuleViolationException("EVENT_NOT_AT_ACCESS_POINTS",
                    "Every event must exist and take place in the mapping of the device's access points",
                    Map.of("field", "eventIds"));
        }
    }

    private static String newCredential() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return CREDENTIAL_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
