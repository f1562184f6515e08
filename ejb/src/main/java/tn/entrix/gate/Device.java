package tn.entrix.gate;

import java.util.Set;

/** An authenticated, active scanner device as the scan path sees it (a snapshot kept by {@link DeviceCredentials}). */
public record Device(long id, String name, Set<Long> accessPointIds, Set<Long> eventIds) {

    public Device(long id, String name, Set<Long> accessPointIds, Set<Long> eventIds) {
        this.id = id;
        this.name = name;
        this.accessPointIds = Set.copyOf(accessPointIds);
        this.eventIds = Set.copyOf(eventIds);
    }
}
