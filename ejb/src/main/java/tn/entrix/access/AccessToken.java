package tn.entrix.access;

import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * What a QR code says, version 1: a fixed 45-byte payload, big-endian, then the 64-byte Ed25519 signature over those
 * 45 bytes; the 109 bytes travel as unpadded base64url (146 characters, a version 8 QR code at level M).
 * <pre>
 * offset size field
 *      0    1 version (1)
 *      1    4 key id (signed int, global; names the public key)
 *      5    8 access right id
 *     13    8 event id
 *     21    8 zone id (the seat's zone, else the ticket type's first zone)
 *     29    8 seat id, 0 for a standing right
 *     37    4 valid from, epoch seconds (unsigned: good until 2106)
 *     41    4 valid until, epoch seconds (unsigned)
 *     45   64 signature
 * </pre>
 * A new layout takes a new version byte; the verifier refuses versions it does not know.
 */
public record AccessToken(int keyId, long accessRightId, long eventId, long zoneId, long seatId, Instant validFrom,
                          Instant validUntil) {

    public static final byte VERSION = 1;
    public static final int PAYLOAD_LENGTH = 45;
    public static final int SIGNATURE_LENGTH = 64;
    public static final int LENGTH = PAYLOAD_LENGTH + SIGNATURE_LENGTH;
    private static final long MAX_SECONDS = 0xFFFF_FFFFL;

    public AccessToken {
        check(validFrom);
        check(validUntil);
    }

    /** The signed bytes. */
    public byte[] payload() {
        return ByteBuffer.allocate(PAYLOAD_LENGTH).put(VERSION).putInt(keyId).putLong(accessRightId).putLong(eventId)
                .putLong(zoneId).putLong(seatId).putInt((int) validFrom.getEpochSecond())
                .putInt((int) validUntil.getEpochSecond()).array();
    }

    /** Reads a version 1 payload (the caller checked the length and the version byte). */
    static AccessToken read(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes, 1, PAYLOAD_LENGTH - 1);
        return new AccessToken(in.getInt(), in.getLong(), in.getLong(), in.getLong(), in.getLong(),
                Instant.ofEpochSecond(Integer.toUnsignedLong(in.getInt())),
                Instant.ofEpochSecond(Integer.toUnsignedLong(in.getInt())));
    }

    /** Whether the right is within its validity at that instant (both ends included). */
    public boolean validAt(Instant now) {
        return !now.isBefore(validFrom) && !now.isAfter(validUntil);
    }

    private static void check(Instant at) {
        if (at == null || at.getEpochSecond() < 0 || at.getEpochSecond() > MAX_SECONDS) {
            throw new IllegalArgumentException("validity out of the token's range: " + at);
        }
    }
}
