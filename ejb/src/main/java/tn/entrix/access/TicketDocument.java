package tn.entrix.access;

import java.time.Instant;
import java.util.List;

/**
 * Everything a printed ticket shows, gathered by the service: the event, where to go (zone, seat, the gates that
 * serve the zone), who holds it, what was paid (millimes), and the token of its QR code.
 */
public record TicketDocument(long accessRightId, String eventName, Instant startsAt, Instant doorsOpenAt,
                             String venueName, String venueCity, String zoneName, String seatRow, Integer seatNumber,
                             List<String> gates, String holderName, String orderNumber, long price, String token,
                             boolean english) {
}
