package tn.entrix.blacklist;

import java.time.Instant;

/**
 * A ban as staff see it: the person (account and/or CIN; {@code cinUsername} is the account whose profile carries
 * the CIN today), its terms, whether it is {@code active} now, and its lifting if any.
 */
public record BanView(long id, Long userId, String username, String nationalId, String cinUsername, String reason,
                      BanSource source, BanScope scope, Long clubId, String clubName, Long eventId, String eventCode,
                      String eventName, BanLevel level, Instant startsAt, Instant endsAt, boolean active,
                      Instant liftedAt, String liftedBy, String liftReason, String createdBy, Instant createdAt,
                      long version) {
}
