package tn.entrix.gate;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a scan: ADMITTED or DENIED with its reason, and what the steward needs to act on it: who holds the
 * right, where they should sit, the gates that serve their zone when this one is wrong, the earlier entry when they
 * are already inside, whether a supervisor must look. {@code replay} is true when the nonce was seen before: this is
 * the first decision again, and nothing changed. {@code conflict} is set on an offline admission the server would
 * have denied (a supervisor reviews it).
 */
public record ScanDecision(long scanId, String nonce, String decision, ScanReason reason, boolean supervisor,
                           boolean replay, Long accessRightId, Long eventId, String holderName, String zone,
                           String seat, List<String> rightGates, Instant earlierEntryAt, String earlierEntryGate,
                           String conflict) {

    public static final String ADMITTED = "ADMITTED";
    public static final String DENIED = "DENIED";

    public ScanDecision(long scanId, String nonce, String decision, ScanReason reason, boolean supervisor,
                        boolean replay, Long accessRightId, Long eventId, String holderName, String zone, String seat,
                        List<String> rightGates, Instant earlierEntryAt, String earlierEntryGate, String conflict) {
        this.scanId = scanId;
        this.nonce = nonce;
        this.decision = decision;
        this.reason = reason;
        this.supervisor = supervisor;
        this.replay = replay;
        this.accessRightId = accessRightId;
        this.eventId = eventId;
        this.holderName = holderName;
        this.zone = zone;
        this.seat = seat;
        this.rightGates = rightGates == null ? List.of() : List.copyOf(rightGates);
        this.earlierEntryAt = earlierEntryAt;
        this.earlierEntryGate = earlierEntryGate;
        this.conflict = conflict;
    }

    public boolean admitted() {
        return ADMITTED.equals(decision);
    }
}
