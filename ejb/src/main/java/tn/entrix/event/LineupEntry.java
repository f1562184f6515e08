package tn.entrix.event;

import jakarta.validation.constraints.NotNull;

/** A participant of an event and its role. */
public record LineupEntry(@NotNull Long participantId, @NotNull LineupRole role) {
}
