package tn.entrix.venue;

import jakarta.json.JsonObject;
import java.util.List;

/** A gate with the zones it serves, by id and by code. */
public record AccessPointView(long id, long mappingId, String code, String name, AccessPointKind kind,
                              List<Long> zoneIds, List<String> zoneCodes, JsonObject metadata, long version) {
}
