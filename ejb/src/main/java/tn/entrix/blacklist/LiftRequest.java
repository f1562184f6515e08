package tn.entrix.blacklist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a ban is lifted (a court's decision, an appeal...): kept with the ban. */
public record LiftRequest(@NotBlank @Size(max = 2000) String reason) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public LiftRequest(String reason) {
        this.reason = reason;
    }
}
