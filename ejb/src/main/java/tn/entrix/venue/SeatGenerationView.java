package tn.entrix.venue;

/** What a seat generation did and what the capacities are now. */
public record SeatGenerationView(long zoneId, int created, int zoneCapacity, int mappingCapacity, long millis) {
}
