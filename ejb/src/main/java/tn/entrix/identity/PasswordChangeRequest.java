package tn.entrix.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A logged-in user changing their password: the current one proves it is them. */
public record PasswordChangeRequest(@NotBlank @Size(max = 128) String currentPassword,
                                    @NotBlank @Size(min = 8, max = 128) String newPassword) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public PasswordChangeRequest(String currentPassword, String newPassword) {
        this.currentPassword = currentPassword;
        this.newPassword = newPassword;
    }
}
