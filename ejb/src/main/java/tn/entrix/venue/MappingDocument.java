package tn.entrix.venue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole mapping as one JSON document: zones (a tree), their seats and the gates, all referring to each other by
 * code so that the document can be imported into any venue. Copying a mapping is exporting then importing it.
 */
public record MappingDocument(int format, String name, LocalDate validFrom, LocalDate validUntil, JsonObject metadata,
                              List<ZoneDocument> zones, List<AccessPointDocument> accessPoints) {

    public static final int FORMAT = 1;

    public MappingDocument named(String newName) {
        return new MappingDocument(format, newName, validFrom, validUntil, metadata, zones, accessPoints);
    }

    public record ZoneDocument(String code, String name, ZoneKind kind, Seating seating, int capacity, int sortOrder,
                               JsonObject metadata, List<SeatDocument> seats, List<ZoneDocument> children) {
    }

    public record SeatDocument(String reference, String row, int number, int x, int y, SeatStatus status) {
    }

    public record AccessPointDocument(String code, String name, AccessPointKind kind, List<String> zones,
                                      JsonObject metadata) {
    }
}
