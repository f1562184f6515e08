package tn.entrix.gate;

import java.time.Instant;
import java.util.Set;

/**
 * The scan decision's rules on a locked access right, in the order a steward would check them: is the code still the
 * right's, is the right alive, is it the time, is this the way in, which gate for this zone and this supporter group,
 * is the holder already inside. Pure: the blacklist and the zone capacity (database reads) come after, only for a
 * scan these rules let through. Returns null when nothing here refuses.
 */
final class GateRules {

    private GateRules() {
    }

    /**
     * @param holderGroups the holder's groups among the event's segregated groups (empty when the event has none)
     */
    static ScanReason check(Direction direction, GateMap.Point point, EventGates.EventGate event, RightState right,
                            Set<Long> holderGroups, Instant at) {
        if (!right.currentToken()) {
            return ScanReason.REPLACED;
        }
        switch (right.status()) {
            case "REVOKED":
                return "CANCELLED".equals(event.status()) ? ScanReason.EVENT_CANCELLED : ScanReason.REVOKED;
            case "REFUNDED":
                return ScanReason.REFUNDED;
            case "TRANSFERRED":
                return ScanReason.TRANSFERRED;
            default:
                break;
        }
        if (direction == Direction.EXIT) {
            if (!point.exits()) {
                return ScanReason.ENTRY_ONLY;
            }
            return right.inside() ? null : ScanReason.NOT_INSIDE;
        }
        if (at.isBefore(right.validFrom())) {
            return ScanReason.TOO_EARLY;
        }
        if (at.isAfter(right.validUntil())) {
            return ScanReason.EXPIRED;
        }
        if (!point.enters()) {
            return ScanReason.EXIT_ONLY;
        }
        ScanReason gate = gate(point, event, right, holderGroups);
        if (gate != null) {
            return gate;
        }
        if (right.inside()) {
            return ScanReason.ALREADY_INSIDE;
        }
        if (right.entries() > 0 && event.policy().reentry() == Reentry.NONE) {
            return ScanReason.NO_REENTRY;
        }
        return null;
    }

    /**
     * A member of a segregated supporter group goes only through the group's gates into the group's zones (which
     * overrides the venue's zone/gate map); those gates refuse everyone else. Without segregation, the point must
     * serve one of the right's zones.
     */
    private static ScanReason gate(GateMap.Point point, EventGates.EventGate event, RightState right,
                                   Set<Long> holderGroups) {
        for (EventGates.Segregation rule : event.segregations()) {
            if (holderGroups.contains(rule.groupId())) {
                boolean zoneAllowed = rule.zones().isEmpty() || right.zoneIds().stream().anyMatch(rule.zones()::contains);
                boolean gateAllowed = rule.gates().isEmpty() || rule.gates().contains(point.id());
                return zoneAllowed && gateAllowed ? null : ScanReason.SEGREGATION;
            }
        }
        if (event.reservedGates().contains(point.id())) {
            return ScanReason.SEGREGATION;
        }
        return right.zoneIds().stream().anyMatch(point.servedZones()::contains) ? null : ScanReason.WRONG_GATE;
    }
}
