package tn.entrix.venue;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Creates or renames a mapping; its capacity is never sent, it is derived from its zones. */
public record MappingRequest(
        @NotBlank @Size(max = 128) String name,
        LocalDate validFrom,
        LocalDate validUntil,
        JsonObject metadata,
        Long version) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public MappingRequest(String name, LocalDate validFrom, LocalDate validUntil, JsonObject metadata, Long version) {
        this.name = name;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.metadata = metadata;
        this.version = version;
    }

}
