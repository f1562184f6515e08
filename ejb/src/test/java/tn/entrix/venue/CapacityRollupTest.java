package tn.entrix.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapacityRollupTest {

    @Test
    void capacitiesRollUpFromSeatsAndStandingAreas() {
        var stand = new CapacityRollup.Node(1, null, Seating.SEATED, 999);      // a parent: its declared value is ignored
        var sectorA = new CapacityRollup.Node(2, 1L, Seating.SEATED, 0);
        var sectorB = new CapacityRollup.Node(3, 1L, Seating.SEATED, 0);
        var terrace = new CapacityRollup.Node(4, 1L, Seating.STANDING, 1500);
        var pit = new CapacityRollup.Node(5, null, Seating.STANDING, 20_000);
        var emptySeated = new CapacityRollup.Node(6, null, Seating.SEATED, 700); // no seats yet: 0

        var result = CapacityRollup.compute(List.of(stand, sectorA, sectorB, terrace, pit, emptySeated),
                Map.of(2L, 2000L, 3L, 1800L));

        assertEquals(2000, result.capacities().get(2L));
        assertEquals(1800, result.capacities().get(3L));
        assertEquals(1500, result.capacities().get(4L));
        assertEquals(5300, result.capacities().get(1L));
        assertEquals(20_000, result.capacities().get(5L));
        assertEquals(0, result.capacities().get(6L));
        assertEquals(25_300, result.total());
    }

    @Test
    void deepTreesRollUpAtEveryLevel() {
        var nodes = List.of(new CapacityRollup.Node(1, null, Seating.SEATED, 0),
                new CapacityRollup.Node(2, 1L, Seating.SEATED, 0),
                new CapacityRollup.Node(3, 2L, Seating.SEATED, 0),
                new CapacityRollup.Node(4, 3L, Seating.SEATED, 0));
        var result = CapacityRollup.compute(nodes, Map.of(4L, 42L));
        assertEquals(List.of(42, 42, 42, 42), List.of(result.capacities().get(1L), result.capacities().get(2L),
                result.capacities().get(3L), result.capacities().get(4L)));
        assertEquals(42, result.total());
    }
}
