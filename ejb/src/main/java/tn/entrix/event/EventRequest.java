package tn.entrix.event;

import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * An event to create or update. Times are instants (UTC); {@code doorsOpenAt} defaults to two hours before the
 * start. The venue is the mapping's. Metadata is checked per kind (e.g. security_level 1–5 for football).
 * {@code blacklistReinforced}: REINFORCED bans apply to this event (derby J-7); when absent, a new event takes it from
 * its derby flag and an update keeps what the event had.
 */
public record EventRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*",
                message = "must be letters, digits, dashes and underscores") String code,
        @NotBlank @Size(max = 160) String name,
        @NotNull EventKind kind,
        @Size(max = 64) String category,
        Long groupId,
        @NotNull Long mappingId,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        Instant doorsOpenAt,
        List<@Valid LineupEntry> participants,
        JsonObject metadata,
        Long version,
        Boolean blacklistReinforced) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public EventRequest(String code, String name, EventKind kind, String category, Long groupId, Long mappingId, Instant startsAt, Instant endsAt, Instant doorsOpenAt, List<LineupEntry> participants, JsonObject metadata, Long version, Boolean blacklistReinforced) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.category = category;
        this.groupId = groupId;
        this.mappingId = mappingId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.doorsOpenAt = doorsOpenAt;
        this.participants = participants;
        this.metadata = metadata;
        this.version = version;
        this.blacklistReinforced = blacklistReinforced;
    }

}
