package tn.entrix.gate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Enrolling or re-assigning a scanner device: its name, the access points it serves, the events it may scan. */
public record DeviceRequest(@NotBlank @Size(max = 128) String name,
                            @NotNull @Size(min = 1, max = 200) Set<Long> accessPointIds,
                            @NotNull @Size(min = 1, max = 200) Set<Long> eventIds) {

    public DeviceRequest(String name, Set<Long> accessPointIds, Set<Long> eventIds) {
        this.name = name;
        this.accessPointIds = accessPointIds == null ? null : Set.copyOf(accessPointIds);
        this.eventIds = eventIds == null ? null : Set.copyOf(eventIds);
    }
}
