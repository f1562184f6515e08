package tn.entrix.gate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One scan as the device sends it: the code read, where, which way, and the device's own nonce (a retry with the same
 * nonce is the same scan). {@code scannedAt} is only for offline scans uploaded later (when it happened); an online
 * scan happens now. {@code offlineDecision} is what the device decided offline ({@code ADMITTED} or {@code DENIED}).
 */
public record ScanRequest(@NotNull @Size(max = 512) String code,
                          @NotNull Long accessPointId,
                          @NotNull Direction direction,
                          @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+") String nonce,
                          Instant scannedAt,
                          @Pattern(regexp = "ADMITTED|DENIED") String offlineDecision,
                          @Size(max = 24) String offlineReason) {

    public ScanRequest(String code, Long accessPointId, Direction direction, String nonce, Instant scannedAt,
                       String offlineDecision, String offlineReason) {
        this.code = code;
        this.accessPointId = accessPointId;
        this.direction = direction;
        this.nonce = nonce;
        this.scannedAt = scannedAt;
        this.offlineDecision = offlineDecision;
        this.offlineReason = offlineReason;
    }

    /** An online scan. */
    public static ScanRequest online(String code, long accessPointId, Direction direction, String nonce) {
        return new ScanRequest(code, accessPointId, direction, nonce, null, null, null);
    }
}
