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

    /** The same right as seen through a code that is (or is no longer) its current one. */
    RightState through(boolean current) {
        return new RightState(id, userId, eventId, zoneId, zoneIds, status, validFrom, validUntil, current,
                holderName, seat, inside, entries, lastEntryAt, lastEntryPointId, banned);
    }

    /** The same right with where its holder is (read after the lock). */
    RightState at(boolean inside, int entries, Instant lastEntryAt, Long lastEntryPointId) {
        return new RightState(id, userId, eventId, zoneId, zoneIds, status, validFrom, validUntil, currentToken,
                holderName, seat, inside, entries, lastEntryAt, lastEntryPointId, banned);
    }

    /** The right once its holder came in at {@code at} through {@code pointId} (a later scan of one batch sees it). */
    RightState entered(Instant at, long pointId) {
        return new RightState(id, userId, eventId, zoneId, zoneIds, "VALID".equals(status) ? "USED" : status,
                validFrom, validUntil, currentToken, holderName, seat, true, entries + 1, at, pointId, banned);
    }
}
