package tn.entrix.venue;

import jakarta.validation.constraints.NotNull;

/** Blocks, kills or releases a seat. */
public record SeatStatusRequest(@NotNull SeatStatus status) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public SeatStatusRequest(SeatStatus status) {
        this.status = status;
    }

}
