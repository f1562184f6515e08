package tn.entrix.venue;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A zone to create or update. {@code capacity} counts only for a STANDING zone without children: a seated zone's
 * capacity is its seats, a parent's the sum of its children.
 */
public record ZoneRequest(
        Long parentId,
        @NotBlank @Size(max = Zone.CODE_LENGTH) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*",
                message = "must be letters, digits, dashes and underscores") String code,
        @NotBlank @Size(max = 128) String name,
        @NotNull ZoneKind kind,
        @NotNull Seating seating,
        @PositiveOrZero @Max(VenueRequest.MAX_CAPACITY) Integer capacity,
        Integer sortOrder,
        JsonObject metadata,
        Long version) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public ZoneRequest(Long parentId, String code, String name, ZoneKind kind, Seating seating, Integer capacity, Integer sortOrder, JsonObject metadata, Long version) {
        this.parentId = parentId;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.seating = seating;
        this.capacity = capacity;
        this.sortOrder = sortOrder;
        this.metadata = metadata;
        this.version = version;
    }

}
