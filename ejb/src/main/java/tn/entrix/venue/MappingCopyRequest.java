package tn.entrix.venue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name of a mapping's copy. */
public record MappingCopyRequest(@NotBlank @Size(max = 128) String name) {
}
