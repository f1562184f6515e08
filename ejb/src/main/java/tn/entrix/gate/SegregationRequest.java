package tn.entrix.gate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A derby segregation rule: the members of a supporter group only through these gates, only into these zones. */
public record SegregationRequest(@NotNull Long groupId, @NotBlank @Size(max = 128) String name,
                                 @NotNull @Size(min = 1, max = 100) Set<Long> zoneIds,
                                 @NotNull @Size(min = 1, max = 100) Set<Long> accessPointIds) {

    public SegregationRequest(Long groupId, String name, Set<Long> zoneIds, Set<Long> accessPointIds) {
        this.groupId = groupId;
        this.name = name;
        this.zoneIds = zoneIds == null ? null : Set.copyOf(zoneIds);
        this.accessPointIds = accessPointIds == null ? null : Set.copyOf(accessPointIds);
    }
}
