package tn.entrix.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user to add to a group, by username or email. */
public record MemberRequest(@NotBlank @Size(max = 254) String user) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public MemberRequest(String user) {
        this.user = user;
    }
}
