package tn.entrix.identity;

import java.time.Instant;

/** One login of a user, as they (or staff) see it in the session list. */
public record SessionView(String id, SessionChannel channel, Instant createdAt, Instant expiresAt, String ipAddress,
                          String userAgent, boolean active, boolean current) {

    static SessionView of(UserSession s, Instant now, String currentId) {
        return new SessionView(s.getId(), s.getChannel(), s.getCreatedAt(), s.getExpiresAt(), s.getIpAddress(),
                s.getUserAgent(), s.activeAt(now), s.getId().equals(currentId));
    }
}
