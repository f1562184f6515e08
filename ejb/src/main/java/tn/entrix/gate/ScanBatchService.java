package tn.entrix.gate;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tn.entrix.access.AccessRightService;
import tn.entrix.access.AccessToken;
import tn.entrix.gate.ScanBatchStore.Locked;
import tn.entrix.gate.ScanBatchStore.Nonce;
import tn.entrix.gate.ScanBatchStore.Row;

/**
 * Decides a batch of online entry scans in one transaction — the same checks, in the same order, as {@link ScanService}
 * on one scan, with the database work done set-based ({@link ScanBatchStore}): the rights locked together, the
 * decisions taken in arrival order in Java (a code twice in a batch: the second finds the first inside), then one
 * statement per table and one commit. The atomicity is the single scan's: the rights stay locked until the commit,
 * and a right is only ever in one writer's batches ({@link ScanBatcher} shards by right).
 * <p>
 * What is rare and has side effects of its own is left to the single-scan path, after this batch commits: a retried
 * nonce (its first decision is replayed), a holder the blacklist names (the hit is audited in the scan's own
 * transaction), and every later scan of that right in the batch. Those come back as {@code null}; so does the whole
 * batch when it rolls back (a deadlock, an upload taking a nonce meanwhile).
 */
@Stateless
public class ScanBatchService {

    private static final Logger LOG = Logger.getLogger(ScanBatchService.class.getName());

    @Resource(lookup = "jdbc/entrix")
    DataSource dataSource;

    @Resource
    SessionContext session;

    @Inject
    GateMap gateMap;

    @Inject
    EventGates eventGates;

    @Inject
    DeviceCredentials credentials;

    @Inject
    Clock clock;

    /** One decision per scan, in order; null for a scan to decide on its own. */
    public List<ScanDecision> decide(List<PendingScan> scans) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            List<ScanDecision> decisions = decide(c, scans, now);
            if (decisions == null) {
                session.setRollbackOnly();
            }
            return decisions;
        } catch (SQLException e) {
            // e.g. a deadlock with an offline upload locking rights in time order: nothing is written, and each scan
            // is decided on its own
            LOG.log(Level.INFO, "A batch of " + scans.size() + " scans rolled back; deciding them one by one", e);
            session.setRollbackOnly();
            return null;
        }
    }

    private List<ScanDecision> decide(Connection c, List<PendingScan> scans, Instant now) throws SQLException {
        Set<Long> devices = new TreeSet<>();
        List<Nonce> nonces = new ArrayList<>();
        for (PendingScan scan : scans) {
            devices.add(scan.device().id());
            nonces.add(new Nonce(scan.device().id(), scan.request().nonce()));
        }
        devices.removeIf(id -> !credentials.seenDue(id));
        ScanBatchStore.seen(c, devices, now);

        // which event and which right each scan names, before any lock
        EventGates.EventGate[] events = new EventGates.EventGate[scans.size()];
        Set<Long> rightIds = new TreeSet<>();
        for (int i = 0; i < scans.size(); i++) {
            PendingScan scan = scans.get(i);
            if (scan.verification().genuine()) {
                AccessToken token = scan.verification().token();
                EventGates.EventGate event = scan.device().eventIds().contains(token.eventId())
                        ? eventGates.event(token.eventId()) : null;
                if (event != null && event.mappingId() == scan.point().mappingId()) {
                    events[i] = event;
                    rightIds.add(token.accessRightId());
                }
            }
        }
        ScanBatchStore.Found found = ScanBatchStore.read(c, nonces, rightIds, now);
        Set<Nonce> taken = found.taken();
        Map<Long, Locked> locked = found.rights();
        Map<Long, Set<Long>> groups = groups(c, locked, events);

        ScanBatchStore.Writes writes = new ScanBatchStore.Writes();
        Map<Long, RightState> rights = new HashMap<>();
        Map<ZoneKey, Long> inside = new HashMap<>();
        Set<Nonce> seen = new HashSet<>();
        Set<Long> alone = new HashSet<>();
        RightState[] decidedOn = new RightState[scans.size()]; // null: denied before any right was found
        Long[] eventOf = new Long[scans.size()];
        ScanReason[] reasons = new ScanReason[scans.size()];
        for (int i = 0; i < scans.size(); i++) {
            PendingScan scan = scans.get(i);
            Nonce nonce = nonces.get(i);
            if (taken.contains(nonce) || !seen.add(nonce)) {
                continue; // a retry: the single path replays the first decision
            }
            String code = scan.request().code();
            long pointId = scan.point().id();
            if (events[i] == null) {
                reasons[i] = scan.verification().genuine() ? ScanReason.WRONG_EVENT : ScanReason.INVALID;
                Long eventId = ScanService.currentEvent(eventGates, scan.device(), scan.point(), now);
                long shardKey = reasons[i] == ScanReason.INVALID ? scan.request().nonce().hashCode()
                        : scan.verification().token().accessRightId();
                writes.deny(pointId, shardKey, row(scan, eventId, null, ScanDecision.DENIED, reasons[i], true));
                eventOf[i] = eventId;
                continue;
            }
            EventGates.EventGate event = events[i];
            long rightId = scan.verification().token().accessRightId();
            Locked lock = locked.get(rightId);
            if (lock == null || lock.right().eventId() != event.id()) {
                reasons[i] = ScanReason.UNKNOWN_RIGHT;
                writes.deny(pointId, rightId, row(scan, event.id(), null, ScanDecision.DENIED, reasons[i], true));
                eventOf[i] = event.id();
                continue;
            }
            if (alone.contains(rightId)) {
                continue;
            }
            RightState right = rights.getOrDefault(rightId, lock.right())
                    .through(Arrays.equals(lock.tokenSha256(), AccessRightService.sha256(code.strip())));
            Set<Long> holderGroups = event.segregations().isEmpty() ? Set.of()
                    : groups.getOrDefault(right.userId(), Set.of());
            ScanReason reason = GateRules.check(Direction.ENTRY, scan.point(), event, right, holderGroups, now);
            if (reason == null && right.banned()) {
                alone.add(rightId); // the blacklist's hit is audited by the single path, in the scan's transaction
                continue;
            }
            if (reason == null && full(c, event, right, inside)) {
                reason = ScanReason.ZONE_FULL;
            }
            decidedOn[i] = right;
            eventOf[i] = event.id();
            if (reason == null) {
                reasons[i] = ScanReason.ENTERED;
                writes.enter(right, pointId, row(scan, event.id(), rightId, ScanDecision.ADMITTED, reasons[i], false));
                rights.put(rightId, right.entered(now, pointId));
            } else {
                reasons[i] = reason;
                writes.deny(pointId, rightId, row(scan, event.id(), rightId, ScanDecision.DENIED, reason,
                        reason.supervisor()));
            }
        }

        Map<Nonce, Long> ids = writes.flush(c, now);
        if (ids == null) {
            LOG.info(() -> "A nonce of a batch of " + scans.size() + " scans was taken meanwhile; deciding them one "
                    + "by one");
            return null;
        }
        List<ScanDecision> decisions = new ArrayList<>(scans.size());
        for (int i = 0; i < scans.size(); i++) {
            decisions.add(reasons[i] == null ? null : decision(scans.get(i), ids.get(nonces.get(i)), events[i],
                    reasons[i], decidedOn[i], eventOf[i]));
        }
        return decisions;
    }

    /** What the steward sees, as {@link ScanService} builds it for one scan. */
    private ScanDecision decision(PendingScan scan, long id, EventGates.EventGate event, ScanReason reason,
                                  RightState right, Long eventId) {
        ScanRequest request = scan.request();
        if (right != null) {
            boolean admitted = reason == ScanReason.ENTERED;
            return ScanService.view(gateMap, id, request, admitted ? ScanDecision.ADMITTED : ScanDecision.DENIED,
                    reason, !admitted && reason.supervisor(), event, right, null);
        }
        return ScanService.unnamed(id, request, ScanDecision.DENIED, reason, null, eventId, null);
    }

    private static Row row(PendingScan scan, Long eventId, Long rightId, String decision, ScanReason reason,
                           boolean supervisor) {
        return new Row(scan.device().id(), scan.steward(), scan.point().id(), eventId, rightId, scan.request().nonce(),
                decision, reason, supervisor);
    }

    /**
     * Whether a standing right's zone is full (a seated zone holds as many people as seats): its people inside read
     * once per batch, then counted on as the batch admits.
     */
    private boolean full(Connection c, EventGates.EventGate event, RightState right, Map<ZoneKey, Long> inside)
            throws SQLException {
        GateMap.Zone zone = gateMap.mapping(event.mappingId()).zones().get(right.zoneId());
        if (right.seat() != null || !event.policy().enforceZoneCapacity() || zone == null || zone.capacity() <= 0) {
            return false;
        }
        ZoneKey key = new ZoneKey(event.id(), zone.id());
        Long now = inside.get(key);
        if (now == null) {
            now = GateStore.inside(c, event.id(), zone.id());
        }
        if (now >= zone.capacity()) {
            inside.put(key, now);
            return true;
        }
        inside.put(key, now + 1);
        return false;
    }

    /** The holders' segregated supporter groups, for the events of the batch that have any (derby). */
    private static Map<Long, Set<Long>> groups(Connection c, Map<Long, Locked> locked, EventGates.EventGate[] events)
            throws SQLException {
        Set<Long> groups = new LinkedHashSet<>();
        Set<Long> users = new HashSet<>();
        for (EventGates.EventGate event : events) {
            if (event != null && !event.segregations().isEmpty()) {
                groups.addAll(event.segregatedGroups());
                locked.values().stream().filter(l -> l.right().eventId() == event.id())
                        .forEach(l -> users.add(l.right().userId()));
            }
        }
        return ScanBatchStore.groups(c, users, groups);
    }

    private record ZoneKey(long eventId, long zoneId) {
    }
}
