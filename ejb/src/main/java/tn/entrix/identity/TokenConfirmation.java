package tn.entrix.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token of an emailed link (email confirmation). */
public record TokenConfirmation(@NotBlank @Size(max = 128) String token) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public TokenConfirmation(String token) {
        this.token = token;
    }
}
