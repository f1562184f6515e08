package tn.entrix.gate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An event's live figures, read from the counters the scans maintain: people inside per zone (a stand sums its
 * sectors), entries and exits per gate with the entry rate of each of the last minutes, denials per reason, offline
 * conflicts awaiting a supervisor, and alerts for zones at or above the policy's share of their capacity.
 */
public record OccupancyView(long eventId, String eventName, Instant at, long inside, long entries, long exits,
                            long denied, long conflicts, int alertPercent, List<ZoneFigures> zones,
                            List<GateFigures> gates, Map<String, Long> denials, List<Alert> alerts) {

    /** {@code percent} of the capacity (0 when the zone has none). */
    public record ZoneFigures(long zoneId, Long parentId, String code, String name, int capacity, long entries,
                              long exits, long inside, int percent, boolean alert) {
    }

    /** {@code entriesPerMinute}: admitted entries in each of the last minutes, the current minute first. */
    public record GateFigures(long accessPointId, String code, String name, String kind, long entries, long exits,
                              long denied, List<Long> entriesPerMinute) {
    }

    public record Alert(long zoneId, String zone, long inside, int capacity, int percent) {
    }
}
