package tn.entrix.gate;

import java.time.Instant;

/** One row of the access control log, as supervisors and the authorities read it. */
public record ScanView(long id, Instant scannedAt, Instant receivedAt, long deviceId, String device, String steward,
                       long accessPointId, String accessPoint, Long accessRightId, String holderName, String direction,
                       String decision, String reason, boolean supervisor, boolean offline, String conflict) {
}
