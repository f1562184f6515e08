package tn.entrix.identity;

import java.time.Instant;
import java.util.Set;

/** An account without its secrets. */
public record UserView(long id, String username, String email, String displayName, UserStatus status,
                       Set<Role> roles, Instant createdAt) {

    static UserView of(User u) {
        return new UserView(u.getId(), u.getUsername(), u.getEmail(), u.getDisplayName(), u.getStatus(), u.getRoles(),
                u.getCreatedAt());
    }
}
