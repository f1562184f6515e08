package tn.entrix.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Relates two participants; a rivalry's level (1–5) decides whether their match is a derby (3 and above). */
public record RelationRequest(@NotNull Long otherId, @NotNull RelationKind kind, @Min(1) @Max(5) Integer level) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public RelationRequest(Long otherId, RelationKind kind, Integer level) {
        this.otherId = otherId;
        this.kind = kind;
        this.level = level;
    }

}
