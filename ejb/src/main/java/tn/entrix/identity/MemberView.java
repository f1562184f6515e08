package tn.entrix.identity;

import java.time.Instant;

public record MemberView(long userId, String username, String displayName, MemberSource source, Instant addedAt) {
}
