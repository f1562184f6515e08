package tn.entrix.gate;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import tn.entrix.access.AccessRightService;
import tn.entrix.access.AccessToken;
import tn.entrix.access.TokenVerifier;
import tn.entrix.audit.AuditService;
import tn.entrix.blacklist.BanMatch;
import tn.entrix.blacklist.Bans;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.RuleViolationException;

/**
 * The scan decision. A scan is checked in the order of the control flow — the code's signature (no database read),
 * the event of this device and access point, then, under the access right's row lock, its status, the time, the way
 * in, the gate and the derby segregation, presence and re-entry, then the blacklist and the zone capacity — and
 * decided, applied and logged in one transaction. The row lock makes check-and-admit atomic: one code shown at
 * sixteen gates at once admits one person. A repeated nonce gets its first decision back and changes nothing.
 * A denial is a normal answer; exceptions are for requests that are not scans (unknown access point, device not
 * enrolled there, bad upload).
 * <p>
 * Online entries usually come in batches instead ({@link ScanBatcher}, {@link ScanBatchService}: the same checks, the
 * database work set-based); this is the path for exits, offline uploads, and what a batch hands back (a retried
 * nonce, a blacklisted holder, a batch that rolled back).
 */
@Stateless
public class ScanService {

    /** How far in the device's future an offline scan may claim to have happened (clock skew). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Resource(lookup = "jdbc/entrix")
    DataSource dataSource;

    @Resource
    SessionContext session;

    @Inject
    PublicKeys publicKeys;

    @Inject
    GateMap gateMap;

    @Inject
    EventGates eventGates;

    @Inject
    AuditService audit;

    @Inject
    DeviceCredentials credentials;

    @Inject
    Bans bans;

    @Inject
    Clock clock;

    /** An online scan, decided now. */
    public ScanDecision scan(Device device, ScanRequest request) {
        return scan(device, request, null);
    }

    /** An online scan whose code's signature was already checked ({@code verification}; null: check it here). */
    public ScanDecision scan(Device device, ScanRequest request, TokenVerifier.Verification verification) {
        GateMap.Point point = pointOf(gateMap, device, request);
        try (Connection c = dataSource.getConnection()) {
            Instant now = clock.instant();
            seen(c, device, now);
            ScanDecision decision = decide(c, device, point, request, verification, now, now, false);
            if (decision == null) {
                // the nonce was taken by an earlier (maybe concurrent) scan: undo this one, answer the first one
                session.setRollbackOnly();
                return GateStore.replay(c, device.id(), request.nonce());
            }
            return decision;
        } catch (SQLException e) {
            throw new IllegalStateException("Scan could not be stored", e);
        }
    }

    /**
     * Scans made offline, uploaded when the network came back: each decided as of when it happened, in that order.
     * What the device did stands (the person is in or out); an offline admission the server would have refused is
     * recorded as a conflict for supervisors (one code admitted twice, a revoked or banned code let in), never hidden.
     * A nonce already uploaded returns its first decision.
     */
    public List<ScanDecision> upload(Device device, List<ScanRequest> scans) {
        Instant now = clock.instant();
        List<GateMap.Point> points = new ArrayList<>();
        for (ScanRequest scan : scans) {
            if (scan.scannedAt() == null || scan.offlineDecision() == null) {
                throw RuleViolationException.field("OFFLINE_SCAN_INCOMPLETE", "scannedAt",
                        "Every offline scan says when it happened and what the device decided (scan " + scan.nonce()
                                + ")");
            }
            if (scan.scannedAt().isAfter(now.plus(CLOCK_SKEW))) {
                throw RuleViolationException.field("OFFLINE_SCAN_IN_FUTURE", "scannedAt",
                        "Scan " + scan.nonce() + " claims to have happened in the future: check the device's clock");
            }
            points.add(pointOf(gateMap, device, scan));
        }
        if (scans.stream().map(ScanRequest::nonce).distinct().count() != scans.size()) {
            throw new RuleViolationException("OFFLINE_NONCE_REPEATED", "Two scans of the upload share a nonce");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> scans.get(i).scannedAt()));
        ScanDecision[] decisions = new ScanDecision[scans.size()];
        try (Connection c = dataSource.getConnection()) {
            seen(c, device, now);
            for (int i : order) {
                ScanRequest scan = scans.get(i);
                ScanDecision earlier = GateStore.replay(c, device.id(), scan.nonce());
                if (earlier != null) {
                    decisions[i] = earlier;
                    continue;
                }
                decisions[i] = decide(c, device, points.get(i), scan, null, scan.scannedAt(), now, true);
                if (decisions[i] == null) {
                    throw new ConflictException("UPLOAD_CONCURRENT", "The same scans are being uploaded at this "
                            + "moment by another request; upload again to get their decisions");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Offline scans could not be stored", e);
        }
        return List.of(decisions);
    }

    private void seen(Connection c, Device device, Instant now) throws SQLException {
        if (credentials.seenDue(device.id())) {
            ScanBatchStore.seen(c, List.of(device.id()), now);
        }
    }

    private ScanDecision decide(Connection c, Device device, GateMap.Point point, ScanRequest request,
                                TokenVerifier.Verification verified, Instant at, Instant now, boolean offline)
            throws SQLException {
        String steward = session.getCallerPrincipal().getName();
        TokenVerifier.Verification verification = verified != null ? verified
                : publicKeys.verifier().verify(request.code());
        if (!verification.genuine()) {
            Long eventId = currentEvent(eventGates, device, point, at);
            return deny(c, device, steward, point, request, at, now, offline, eventId, null, ScanReason.INVALID,
                    request.nonce().hashCode());
        }
        AccessToken token = verification.token();
        EventGates.EventGate event = device.eventIds().contains(token.eventId()) ? eventGates.event(token.eventId())
                : null;
        if (event == null || event.mappingId() != point.mappingId()) {
            return deny(c, device, steward, point, request, at, now, offline,
                    currentEvent(eventGates, device, point, at), null, ScanReason.WRONG_EVENT, token.accessRightId());
        }
        RightState right = GateStore.lockRight(c, token.accessRightId(),
                AccessRightService.sha256(request.code().strip()), at);
        if (right == null || right.eventId() != event.id()) {
            return deny(c, device, steward, point, request, at, now, offline, event.id(), null,
                    ScanReason.UNKNOWN_RIGHT, token.accessRightId());
        }
        Set<Long> groups = event.segregations().isEmpty() ? Set.of()
                : GateStore.groupsOf(c, right.userId(), event.segregatedGroups());
        ScanReason reason = GateRules.check(request.direction(), point, event, right, groups, at);
        if (reason == null && request.direction() == Direction.ENTRY) {
            reason = afterRules(c, event, right, point, at);
        }
        return apply(c, device, steward, point, request, at, now, offline, event, right, reason);
    }

    /**
     * The checks that read the database, only for a scan the rules let through: the blacklist, then the zone capacity
     * — the capacity only for standing
     * rights: a seated zone holds as many people as seats, and a seat has one right, inside at most once.
     */
    private ScanReason afterRules(Connection c, EventGates.EventGate event, RightState right, GateMap.Point point,
                                  Instant at) throws SQLException {
        // the blacklist (by account or national ID, the event's reinforced level included) was read with the lock;
        // for a hit, which ban: audited HIGH in the scan's transaction, which commits (a denial is no failure)
        Optional<BanMatch> ban = right.banned() ? Bans.match(c, right.userId(), event.id(), at) : Optional.empty();
        if (ban.isPresent()) {
            bans.recordHit(ban.get(), right.userId(), event.id(), "gate " + point.label());
            return ScanReason.BLACKLISTED;
        }
        GateMap.Zone zone = gateMap.mapping(event.mappingId()).zones().get(right.zoneId());
        if (right.seat() == null && event.policy().enforceZoneCapacity() && zone != null && zone.capacity() > 0
                && GateStore.inside(c, event.id(), zone.id()) >= zone.capacity()) {
            return ScanReason.ZONE_FULL;
        }
        return null;
    }

    private ScanDecision apply(Connection c, Device device, String steward, GateMap.Point point, ScanRequest request,
                               Instant at, Instant now, boolean offline, EventGates.EventGate event, RightState right,
                               ScanReason serverReason) throws SQLException {
        boolean deviceAdmitted = offline && ScanDecision.ADMITTED.equals(request.offlineDecision());
        boolean deviceDenied = offline && !deviceAdmitted;
        ScanReason reason = serverReason;
        String conflict = null;
        if (deviceDenied) {
            reason = deviceReason(request, serverReason);
            return logDenied(c, device, steward, point, request, at, now, true, event.id(), right, reason, null);
        }
        if (serverReason != null && deviceAdmitted) {
            // the person is in: record it as it happened, and raise it for a supervisor
            conflict = serverReason.name();
            audit.record("OFFLINE_ADMISSION_CONFLICT", "access_right", right.id(), Severity.HIGH,
                    "reason=" + serverReason + " device=" + device.id() + " accessPoint=" + point.id() + " at=" + at);
            reason = request.direction() == Direction.ENTRY ? ScanReason.ENTERED : ScanReason.EXITED;
            if (serverReason == ScanReason.NOT_INSIDE || serverReason == ScanReason.ENTRY_ONLY) {
                return logOnly(c, device, steward, point, request, at, now, event.id(), right, ScanDecision.ADMITTED,
                        reason, conflict);
            }
        }
        if (reason != null && !reason.admits()) {
            return logDenied(c, device, steward, point, request, at, now, offline, event.id(), right, reason, null);
        }
        reason = request.direction() == Direction.ENTRY ? ScanReason.ENTERED : ScanReason.EXITED;
        GateStore.LogRow log = new GateStore.LogRow(device.id(), steward, point.id(), event.id(), right.id(),
                request.direction(), request.nonce(), at, now, ScanDecision.ADMITTED, reason, conflict != null, offline,
                conflict);
        Long id = request.direction() == Direction.ENTRY ? GateStore.enter(c, right, point.id(), at, now, log)
                : GateStore.exit(c, right, point.id(), at, log);
        return id == null ? null : view(gateMap, id, request, ScanDecision.ADMITTED, reason, conflict != null, event,
                right, conflict);
    }

    private ScanDecision logDenied(Connection c, Device device, String steward, GateMap.Point point,
                                   ScanRequest request, Instant at, Instant now, boolean offline, long eventId,
                                   RightState right, ScanReason reason, String conflict) throws SQLException {
        GateStore.LogRow log = new GateStore.LogRow(device.id(), steward, point.id(), eventId, right.id(),
                request.direction(), request.nonce(), at, now, ScanDecision.DENIED, reason, reason.supervisor(), offline,
                conflict);
        Long id = GateStore.deny(c, point.id(), log, right.id());
        return id == null ? null : view(gateMap, id, request, ScanDecision.DENIED, reason, reason.supervisor(),
                eventGates.event(eventId), right, conflict);
    }

    private ScanDecision logOnly(Connection c, Device device, String steward, GateMap.Point point, ScanRequest request,
                                 Instant at, Instant now, long eventId, RightState right, String decision,
                                 ScanReason reason, String conflict) throws SQLException {
        GateStore.LogRow log = new GateStore.LogRow(device.id(), steward, point.id(), eventId, right.id(),
                request.direction(), request.nonce(), at, now, decision, reason, conflict != null, true, conflict);
        Long id = GateStore.record(c, log);
        return id == null ? null : view(gateMap, id, request, decision, reason, conflict != null,
                eventGates.event(eventId), right, conflict);
    }

    /** A denial before any right was found (forged code, another event, unknown right). */
    private ScanDecision deny(Connection c, Device device, String steward, GateMap.Point point, ScanRequest request,
                              Instant at, Instant now, boolean offline, Long eventId, Long rightId, ScanReason reason,
                              long shardKey) throws SQLException {
        String decision = ScanDecision.DENIED;
        String conflict = null;
        if (offline && ScanDecision.ADMITTED.equals(request.offlineDecision())) {
            decision = ScanDecision.ADMITTED; // it happened; a supervisor looks at it
            conflict = reason.name();
        }
        GateStore.LogRow log = new GateStore.LogRow(device.id(), steward, point.id(), eventId, rightId,
                request.direction(), request.nonce(), at, now, decision, reason, true, offline, conflict);
        Long id = conflict == null ? GateStore.deny(c, point.id(), log, shardKey) : GateStore.record(c, log);
        if (id == null) {
            return null;
        }
        return unnamed(id, request, decision, reason, rightId, eventId, conflict);
    }

    /** The decision on a code that names no right found for this event: nothing about a holder to show. */
    static ScanDecision unnamed(long id, ScanRequest request, String decision, ScanReason reason, Long rightId,
                                Long eventId, String conflict) {
        return new ScanDecision(id, request.nonce(), decision, reason, reason.supervisor() || conflict != null, false,
                rightId, eventId, null, null, null, List.of(), null, null, conflict);
    }

    /** The decision as the steward sees it: holder, zone, seat, the right gates, where an earlier entry was. */
    static ScanDecision view(GateMap gateMap, long id, ScanRequest request, String decision, ScanReason reason,
                             boolean supervisor, EventGates.EventGate event, RightState right, String conflict) {
        GateMap.Mapping mapping = gateMap.mapping(event.mappingId());
        GateMap.Zone zone = mapping.zones().get(right.zoneId());
        List<String> rightGates = List.of();
        if (reason == ScanReason.WRONG_GATE) {
            Set<String> gates = new LinkedHashSet<>();
            right.zoneIds().forEach(z -> gates.addAll(mapping.entryGatesOf(z)));
            rightGates = List.copyOf(gates);
        }
        boolean earlier = reason == ScanReason.ALREADY_INSIDE || reason == ScanReason.NO_REENTRY
                || ScanReason.ALREADY_INSIDE.name().equals(conflict);
        GateMap.Point earlierPoint = earlier && right.lastEntryPointId() != null
                ? mapping.points().get(right.lastEntryPointId()) : null;
        return new ScanDecision(id, request.nonce(), decision, reason, supervisor, false, right.id(), event.id(),
                right.holderName(), zone == null ? null : zone.name(), right.seat(), rightGates,
                earlier ? right.lastEntryAt() : null, earlierPoint == null ? null : earlierPoint.label(), conflict);
    }

    /** The device's reason for an offline denial when it is one of ours, else the server's. */
    private static ScanReason deviceReason(ScanRequest request, ScanReason serverReason) {
        try {
            return request.offlineReason() == null ? fallback(serverReason) : ScanReason.valueOf(request.offlineReason());
        } catch (IllegalArgumentException e) {
            return fallback(serverReason);
        }
    }

    private static ScanReason fallback(ScanReason serverReason) {
        return serverReason == null || serverReason.admits() ? ScanReason.INVALID : serverReason;
    }

    /**
     * The event this device is working at this access point at that time (for the log of a code that names no usable
     * event): among its events in the point's mapping, the one starting closest to then.
     */
    static Long currentEvent(EventGates eventGates, Device device, GateMap.Point point, Instant at) {
        Long best = null;
        long bestDistance = Long.MAX_VALUE;
        for (long eventId : device.eventIds()) {
            EventGates.EventGate e = eventGates.event(eventId);
            if (e != null && e.mappingId() == point.mappingId()) {
                long distance = Math.abs(Duration.between(at, e.startsAt()).getSeconds());
                if (distance < bestDistance) {
                    best = eventId;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    static GateMap.Point pointOf(GateMap gateMap, Device device, ScanRequest request) {
        GateMap.Point point = gateMap.point(request.accessPointId());
        if (point == null || !device.accessPointIds().contains(point.id())) {
            throw new EntrixException(EntrixException.Kind.FORBIDDEN, "ACCESS_POINT_NOT_ASSIGNED",
                    "This device is not enrolled for access point " + request.accessPointId());
        }
        return point;
    }
}
