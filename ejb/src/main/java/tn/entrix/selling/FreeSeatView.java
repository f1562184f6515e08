package tn.entrix.selling;

/** A seat still free for a ticket type of an event: what the fan's seat picker offers. */
public record FreeSeatView(long id, String reference, String zone, String row, int number) {
}
