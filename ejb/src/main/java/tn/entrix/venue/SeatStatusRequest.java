package tn.entrix.venue;

import jakarta.validation.constraints.NotNull;

/** Blocks, kills or releases a seat. */
public record SeatStatusRequest(@NotNull SeatStatus status) {
}
