package tn.entrix.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A fan signing up. The password policy beyond length is checked by {@link PasswordPolicy}. */
public record RegistrationRequest(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+",
                message = "must be letters, digits, dots, dashes and underscores") String username,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 32) String phone,
        @NotBlank @Size(min = 8, max = 128) String password,
        @Size(max = 128) String displayName,
        @Pattern(regexp = "fr|en|ar", message = "must be fr, en or ar") String language,
        Boolean marketingConsent) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public RegistrationRequest(String username, String email, String phone, String password, String displayName,
                               String language, Boolean marketingConsent) {
        this.username = username;
        this.email = email;
        this.phone = phone;
        this.password = password;
        this.displayName = displayName;
        this.language = language;
        this.marketingConsent = marketingConsent;
    }
}
