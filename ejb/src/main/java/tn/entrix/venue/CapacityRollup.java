package tn.entrix.venue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the capacity of every zone of a mapping from the bottom up: a zone with children holds the sum of its
 * children, a seated leaf holds its seats that are not killed, a standing leaf what was declared for it. The mapping's
 * effective capacity is the sum of its root zones. Plain Java, unit-tested.
 */
public final class CapacityRollup {

    /** The parts of a zone the roll-up needs. */
    public record Node(long id, Long parentId, Seating seating, int declaredCapacity) {
    }

    /** Capacities per zone id, and the mapping total. */
    public record Result(Map<Long, Integer> capacities, int total) {
    }

    private CapacityRollup() {
    }

    public static Result compute(List<Node> zones, Map<Long, Long> countedSeatsByZone) {
        Map<Long, List<Node>> children = new HashMap<>();
        List<Node> roots = new ArrayList<>();
        for (Node zone : zones) {
            if (zone.parentId() == null) {
                roots.add(zone);
            } else {
                children.computeIfAbsent(zone.parentId(), k -> new ArrayList<>()).add(zone);
            }
        }
        Map<Long, Integer> capacities = new HashMap<>();
        long total = 0;
        for (Node root : roots) {
            total += capacityOf(root, children, countedSeatsByZone, capacities);
        }
        return new Result(capacities, (int) Math.min(Integer.MAX_VALUE, total));
    }

    private static long capacityOf(Node zone, Map<Long, List<Node>> children, Map<Long, Long> seats,
                                   Map<Long, Integer> capacities) {
        List<Node> kids = children.getOrDefault(zone.id(), List.of());
        long capacity;
        if (!kids.isEmpty()) {
            capacity = 0;
            for (Node kid : kids) {
                capacity += capacityOf(kid, children, seats, capacities);
            }
        } else if (zone.seating() == Seating.SEATED) {
            capacity = seats.getOrDefault(zone.id(), 0L);
        } else {
            capacity = zone.declaredCapacity();
        }
        capacities.put(zone.id(), (int) Math.min(Integer.MAX_VALUE, capacity));
        return capacity;
    }
}
