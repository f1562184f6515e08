package tn.entrix.venue;

/**
 * AVAILABLE seats can be sold; BLOCKED seats are held back (sponsors, security) but still count in capacity; KILL seats
 * are removed for cameras or segregation and do not count.
 */
public enum SeatStatus {
    AVAILABLE, BLOCKED, KILL
}
