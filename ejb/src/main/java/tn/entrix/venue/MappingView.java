package tn.entrix.venue;

import jakarta.json.JsonObject;
import java.time.LocalDate;

/** A mapping with its derived capacity and how much it holds. */
public record MappingView(long id, long venueId, String venueName, String name, int effectiveCapacity,
                          int venueMaxCapacity, LocalDate validFrom, LocalDate validUntil, JsonObject metadata,
                          long zoneCount, long seatCount, long accessPointCount, long version) {
}
