package tn.entrix.event;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The new dates of a postponed event; its access rights stay valid for them. */
public record PostponeRequest(@NotNull Instant startsAt, @NotNull Instant endsAt, Instant doorsOpenAt) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public PostponeRequest(Instant startsAt, Instant endsAt, Instant doorsOpenAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.doorsOpenAt = doorsOpenAt;
    }

}
