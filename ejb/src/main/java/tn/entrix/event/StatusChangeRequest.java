package tn.entrix.event;

import jakarta.validation.constraints.NotNull;

/** Moves an event along its life cycle (postponing goes through {@link PostponeRequest}). */
public record StatusChangeRequest(@NotNull EventStatus status) {
}
