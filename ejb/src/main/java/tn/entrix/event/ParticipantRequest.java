package tn.entrix.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A team, artist or speaker to create or update. */
public record ParticipantRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*",
                message = "must be letters, digits, dashes and underscores") String code,
        @NotBlank @Size(max = 128) String name,
        @NotNull ParticipantKind kind,
        @Size(max = 64) String category,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as TN") String nationality,
        @Size(max = 512) String logoUrl,
        Long version) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public ParticipantRequest(String code, String name, ParticipantKind kind, String category, String nationality, String logoUrl, Long version) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.category = category;
        this.nationality = nationality;
        this.logoUrl = logoUrl;
        this.version = version;
    }

}
