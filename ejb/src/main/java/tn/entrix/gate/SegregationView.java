package tn.entrix.gate;

import java.util.List;

public record SegregationView(long id, long eventId, long groupId, String groupName, String name, List<Long> zoneIds,
                              List<Long> accessPointIds) {
}
