package tn.entrix.gate;

/** A choice in a console select: an id and what the user reads (a gate, a zone). */
public record Option(long id, String label) {
}
