package tn.entrix.venue;

/** A SEATED zone's capacity is its number of sellable seats; a STANDING zone's capacity is declared. */
public enum Seating {
    SEATED, STANDING
}
