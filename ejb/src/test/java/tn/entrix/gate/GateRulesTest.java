package tn.entrix.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scan rules on a locked right, one reason at a time, in the order a steward checks them. */
class GateRulesTest {

    private static final Instant NOW = Instant.parse("2027-03-14T14:00:00Z");
    private static final long NORD = 10;
    private static final long SUD = 20;
    private static final GateMap.Point P1 = new GateMap.Point(1, 7, "P1", "Porte 1", "ENTRY", Set.of(NORD));
    private static final GateMap.Point P2 = new GateMap.Point(2, 7, "P2", "Porte 2", "ENTRY", Set.of(SUD));
    private static final GateMap.Point S1 = new GateMap.Point(3, 7, "S1", "Sortie 1", "EXIT", Set.of(NORD, SUD));
    private static final long AWAY_GROUP = 99;

    @Test
    void aValidRightAtItsGateIsLetThrough() {
        assertNull(GateRules.check(Direction.ENTRY, P1, event(Reentry.NONE), right("VALID", NORD, false, 0), Set.of(),
                NOW));
    }

    @Test
    void statusTimeAndWayInComeBeforeTheGate() {
        assertEquals(ScanReason.REVOKED, check(right("REVOKED", SUD, false, 0), P1));
        assertEquals(ScanReason.REFUNDED, check(right("REFUNDED", NORD, false, 0), P1));
        assertEquals(ScanReason.TRANSFERRED, check(right("TRANSFERRED", NORD, false, 0), P1));
        RightState early = new RightState(5, 6, 7, NORD, Set.of(NORD), "VALID", NOW.plusSeconds(60),
                NOW.plusSeconds(7200), true, "Amine", "N-1-1", false, 0, null, null, false);
        assertEquals(ScanReason.TOO_EARLY, check(early, P1));
        RightState late = new RightState(5, 6, 7, NORD, Set.of(NORD), "VALID", NOW.minusSeconds(7200),
                NOW.minusSeconds(1), true, "Amine", "N-1-1", false, 0, null, null, false);
        assertEquals(ScanReason.EXPIRED, check(late, P1));
        RightState replaced = new RightState(5, 6, 7, NORD, Set.of(NORD), "VALID", NOW.minusSeconds(60),
                NOW.plusSeconds(60), false, "Amine", "N-1-1", false, 0, null, null, false);
        assertEquals(ScanReason.REPLACED, check(replaced, P1));
        assertEquals(ScanReason.EXIT_ONLY, check(right("VALID", NORD, false, 0), S1));
        assertEquals(ScanReason.WRONG_GATE, check(right("VALID", SUD, false, 0), P1));
    }

    @Test
    void presenceAndReentryPolicy() {
        assertEquals(ScanReason.ALREADY_INSIDE, check(right("USED", NORD, true, 1), P1));
        assertEquals(ScanReason.NO_REENTRY, check(right("USED", NORD, false, 1), P1));
        assertNull(GateRules.check(Direction.ENTRY, P1, event(Reentry.AFTER_EXIT), right("USED", NORD, false, 1),
                Set.of(), NOW));
        assertNull(GateRules.check(Direction.EXIT, S1, event(Reentry.NONE), right("USED", NORD, true, 1), Set.of(),
                NOW));
        assertEquals(ScanReason.NOT_INSIDE, GateRules.check(Direction.EXIT, S1, event(Reentry.NONE),
                right("USED", NORD, false, 1), Set.of(), NOW));
        assertEquals(ScanReason.ENTRY_ONLY, GateRules.check(Direction.EXIT, P1, event(Reentry.NONE),
                right("USED", NORD, true, 1), Set.of(), NOW));
    }

    @Test
    void derbySegregationOverridesTheZoneMapBothWays() {
        EventGates.EventGate derby = derby();
        RightState awayInSud = right("VALID", SUD, false, 0);
        assertNull(GateRules.check(Direction.ENTRY, P2, derby, awayInSud, Set.of(AWAY_GROUP), NOW));
        assertEquals(ScanReason.SEGREGATION, GateRules.check(Direction.ENTRY, P1, derby, awayInSud,
                Set.of(AWAY_GROUP), NOW), "an away fan at a home gate");
        assertEquals(ScanReason.SEGREGATION, GateRules.check(Direction.ENTRY, P2, derby,
                right("VALID", NORD, false, 0), Set.of(AWAY_GROUP), NOW), "an away fan with a home ticket");
        assertEquals(ScanReason.SEGREGATION, GateRules.check(Direction.ENTRY, P2, derby, awayInSud, Set.of(), NOW),
                "the away gate refuses the others");
        assertNull(GateRules.check(Direction.ENTRY, P1, derby, right("VALID", NORD, false, 0), Set.of(), NOW));
    }

    private static ScanReason check(RightState right, GateMap.Point point) {
        return GateRules.check(Direction.ENTRY, point, event(Reentry.NONE), right, Set.of(), NOW);
    }

    private static RightState right(String status, long zone, boolean inside, int entries) {
        return new RightState(5, 6, 7, zone, Set.of(zone), status, NOW.minusSeconds(3600), NOW.plusSeconds(7200),
                true, "Amine", "N-1-1", inside, entries, entries > 0 ? NOW.minusSeconds(600) : null,
                entries > 0 ? 1L : null, false);
    }

    private static EventGates.EventGate event(Reentry reentry) {
        return new EventGates.EventGate(7, "Match", 7, "ON_SALE", NOW.plusSeconds(3600),
                new GatePolicy(reentry, 90, true), List.of(), Set.of(), 0);
    }

    private static EventGates.EventGate derby() {
        EventGates.Segregation away = new EventGates.Segregation(1, AWAY_GROUP, "Visiteurs", Set.of(SUD),
                Set.of(P2.id()));
        return new EventGates.EventGate(7, "Derby", 7, "ON_SALE", NOW.plusSeconds(3600), GatePolicy.DEFAULT,
                List.of(away), Set.of(P2.id()), 0);
    }
}
