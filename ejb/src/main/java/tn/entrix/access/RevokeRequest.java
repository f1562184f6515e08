package tn.entrix.access;

import jakarta.validation.constraints.Size;

/** Why staff revoke a right (optional; stored with the status and in the audit trail). */
public record RevokeRequest(@Size(max = 200) String reason) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public RevokeRequest(String reason) {
        this.reason = reason;
    }
}
