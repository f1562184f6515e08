package tn.entrix.event;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** An event with its venue, mapping and participants. */
public record EventView(long id, String code, String name, EventKind kind, String category, Long groupId,
                        long venueId, String venueName, long mappingId, String mappingName, Instant doorsOpenAt,
                        Instant startsAt, Instant endsAt, EventStatus status, boolean derby, JsonObject metadata,
                        List<Participation> participants, long version,
                        boolean blacklistReinforced) {

    /** One participant of the event. */
    public record Participation(long participantId, String code, String name, LineupRole role) {
    }
}
