package tn.entrix.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An account created by the back office (staff, stewards, authorities, or a fan on their behalf). */
public record NewUserRequest(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+",
                message = "must be letters, digits, dots, dashes and underscores") String username,
        @Email @Size(max = 254) String email,
        @Size(max = 128) String displayName,
        @NotBlank @Size(min = 8, max = 128) String password,
        @NotEmpty Set<Role> roles) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public NewUserRequest(String username, String email, String displayName, String password, Set<Role> roles) {
        this.username = username;
        this.email = email;
        this.displayName = displayName;
        this.password = password;
        this.roles = roles;
    }

}
