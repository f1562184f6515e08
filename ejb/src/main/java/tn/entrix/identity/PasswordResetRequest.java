package tn.entrix.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "I forgot my password": the email of the account. */
public record PasswordResetRequest(@NotBlank @Email @Size(max = 254) String email) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public PasswordResetRequest(String email) {
        this.email = email;
    }
}
