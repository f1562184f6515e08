package tn.entrix.venue;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A gate and the ids of the zones (of the same mapping) it serves. */
public record AccessPointRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*",
                message = "must be letters, digits, dashes and underscores") String code,
        @NotBlank @Size(max = 128) String name,
        @NotNull AccessPointKind kind,
        List<Long> zoneIds,
        JsonObject metadata,
        Long version) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public AccessPointRequest(String code, String name, AccessPointKind kind, List<Long> zoneIds, JsonObject metadata, Long version) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.zoneIds = zoneIds;
        this.metadata = metadata;
        this.version = version;
    }

}
