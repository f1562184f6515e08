package tn.entrix.venue;

/** One seat. */
public record SeatView(long id, long zoneId, String reference, String rowLabel, int number, int x, int y,
                       SeatStatus status) {
}
