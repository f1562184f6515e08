package tn.entrix.blacklist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A ban to create. The person: an account ({@code userId} or {@code username}) and/or a CIN ({@code nationalId},
 * the 8 digits of the profile's CIN) — at least one. The scope names its target: {@code clubId} for CLUB (a
 * participant; its events are those where it plays at HOME or is the HEADLINER), {@code eventId} for EVENT, neither
 * for ALL_EVENTS. {@code level} defaults to STANDARD, {@code startsAt} to now; no {@code endsAt}: indefinite.
 */
public record BanRequest(
        Long userId,
        @Size(max = 64) String username,
        @Pattern(regexp = "\\s*\\d{8}\\s*", message = "must be the 8 digits of a CIN") String nationalId,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull BanSource source,
        @NotNull BanScope scope,
        Long clubId,
        Long eventId,
        BanLevel level,
        Instant startsAt,
        Instant endsAt) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public BanRequest(Long userId, String username, String nationalId, String reason, BanSource source,
                      BanScope scope, Long clubId, Long eventId, BanLevel level, Instant startsAt, Instant endsAt) {
        this.userId = userId;
        this.username = username;
        this.nationalId = nationalId;
        this.reason = reason;
        this.source = source;
        this.scope = scope;
        this.clubId = clubId;
        this.eventId = eventId;
        this.level = level;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }
}
