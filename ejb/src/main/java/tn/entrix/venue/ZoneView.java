package tn.entrix.venue;

import jakarta.json.JsonObject;
import java.util.List;

/** A zone and, in the tree view, its children. */
public record ZoneView(long id, long mappingId, Long parentId, String code, String name, ZoneKind kind,
                       Seating seating, int capacity, int sortOrder, JsonObject metadata, long version,
                       List<ZoneView> children) {
}
