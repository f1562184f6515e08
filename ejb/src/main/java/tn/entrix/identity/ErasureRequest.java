package tn.entrix.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user deleting their account: the password confirms it. */
public record ErasureRequest(@NotBlank @Size(max = 128) String password) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public ErasureRequest(String password) {
        this.password = password;
    }
}
