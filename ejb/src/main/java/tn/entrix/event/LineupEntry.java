package tn.entrix.event;

import jakarta.validation.constraints.NotNull;

/** A participant of an event and its role. */
public record LineupEntry(@NotNull Long participantId, @NotNull LineupRole role) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public LineupEntry(Long participantId, LineupRole role) {
        this.participantId = participantId;
        this.role = role;
    }

}
