package tn.entrix.gate;

import java.time.Instant;
import java.util.Set;

/**
 * An access right as a scan finds it under its row lock: what it allows, its status, and where its holder is
 * ({@code entries == 0}: never came in), and whether a ban keeps its holder out at the scan's time.
 */
public record RightState(long id, long userId, long eventId, long zoneId, Set<Long> zoneIds, String status,
                         Instant validFrom, Instant validUntil, boolean currentToken, String holderName, String seat,
                         boolean inside, int entries, Instant lastEntryAt, Long lastEntryPointId,
                         boolean banned) {
}
