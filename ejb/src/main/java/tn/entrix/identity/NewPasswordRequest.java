package tn.entrix.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password set through an emailed reset link. */
public record NewPasswordRequest(@NotBlank @Size(max = 128) String token,
                                 @NotBlank @Size(min = 8, max = 128) String newPassword) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public NewPasswordRequest(String token, String newPassword) {
        this.token = token;
        this.newPassword = newPassword;
    }
}
