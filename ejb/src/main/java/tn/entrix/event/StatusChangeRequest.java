package tn.entrix.event;

import jakarta.validation.constraints.NotNull;

/** Moves an event along its life cycle (postponing goes through {@link PostponeRequest}). */
public record StatusChangeRequest(@NotNull EventStatus status) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public StatusChangeRequest(EventStatus status) {
        this.status = status;
    }

}
