package tn.entrix.access;

import java.time.Instant;
import java.util.List;

/**
 * An access right as its holder and staff see it: where it lets in (zones, seat, the gates serving them), when, in
 * which state. The token (the QR code's text) is shown to the holder only.
 */
public record AccessRightView(long id, long eventId, String eventName, AccessRightStatus status, String statusReason,
                              long zoneId, String zoneName, List<Long> zoneIds, Long seatId, String seatReference,
                              String seatRow, Integer seatNumber, List<String> gates, Instant validFrom,
                              Instant validUntil, Integer keyId, Long orderId, String orderNumber, long price,
                              String holder, Instant issuedAt, String token) {
}
