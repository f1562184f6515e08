package tn.entrix.gate;

import java.time.Instant;
import java.util.List;
import tn.entrix.gate.ScannerDevice.Status;

/** A scanner device as the console and the API show it (never its secret). */
public record DeviceView(long id, String name, Status status, List<Long> accessPointIds, List<Long> eventIds,
                         Instant createdAt, String createdBy, Instant revokedAt, String revokedBy, Instant lastSeenAt,
                         long version) {

    static DeviceView of(ScannerDevice d) {
        return new DeviceView(d.getId(), d.getName(), d.getStatus(), d.getAccessPointIds().stream().sorted().toList(),
                d.getEventIds().stream().sorted().toList(), d.getCreatedAt(), d.getCreatedBy(), d.getRevokedAt(),
                d.getRevokedBy(), d.getLastSeenAt(), d.getVersion());
    }
}
