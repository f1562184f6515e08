package tn.entrix.venue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name of a mapping's copy. */
public record MappingCopyRequest(@NotBlank @Size(max = 128) String name) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public MappingCopyRequest(String name) {
        this.name = name;
    }

}
