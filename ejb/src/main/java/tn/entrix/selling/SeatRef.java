package tn.entrix.selling;

/** A seat as the fan sees it on a hold or an order. */
public record SeatRef(long id, String reference) {
}
