package tn.entrix.selling;

import java.time.Instant;
import java.util.List;

public record HoldView(long id, long eventId, long ticketTypeId, int quantity, List<SeatRef> seats,
                       HoldStatus status, Instant expiresAt, QuoteView quote) {
}
