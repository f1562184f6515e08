package tn.entrix.access;

import java.time.Instant;

/**
 * A public key that verifies an event's tokens, for scanners to download: the key id the tokens carry, the raw
 * 32-byte Ed25519 public key as base64url, and whether it still signs new tokens (rotated keys keep verifying).
 */
public record EventKeyView(int keyId, long eventId, String algorithm, String publicKey, boolean active,
                           Instant createdAt, Instant retiredAt) {
}
