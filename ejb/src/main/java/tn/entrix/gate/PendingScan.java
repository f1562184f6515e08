package tn.entrix.gate;

import java.util.concurrent.CompletableFuture;
import tn.entrix.access.TokenVerifier;

/**
 * An online entry scan waiting for its batch ({@link ScanBatcher}): who sent it, where, the code's signature already
 * checked on the request's thread, and where its decision goes (null: decide it on its own; no future at all for a
 * scan of a batch sent as one request, decided on the request's own thread).
 */
record PendingScan(Device device, String steward, GateMap.Point point, ScanRequest request,
                   TokenVerifier.Verification verification, CompletableFuture<ScanDecision> answer) {

    /** Which writer takes it: by right, so that one right's scans are decided by one writer, in arrival order. */
    long shardKey() {
        return verification.genuine() ? verification.token().accessRightId() : request.nonce().hashCode();
    }
}
