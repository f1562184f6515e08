package tn.entrix.identity;

import java.time.Instant;
import java.util.Map;

/** Sessions revoked by a committed transaction, with their expiry: the token check stops accepting them. */
public record SessionsRevoked(Map<String, Instant> sessions) {
}
