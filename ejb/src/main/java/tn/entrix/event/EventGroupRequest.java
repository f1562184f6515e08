package tn.entrix.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A season, tournament, festival or phase (with its parent group for a phase); an update names its version. */
public record EventGroupRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*",
                message = "must be letters, digits, dashes and underscores") String code,
        @NotBlank @Size(max = 128) String name,
        @NotNull EventGroupKind kind,
        Long parentId,
        LocalDate startsOn,
        LocalDate endsOn,
        Long version) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public EventGroupRequest(String code, String name, EventGroupKind kind, Long parentId, LocalDate startsOn,
                             LocalDate endsOn, Long version) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.version = version;
    }

}
