package tn.entrix.flouci.simulator;

import java.time.Duration;
import java.time.Instant;

/** One payment the simulator issued, in memory; its status moves once: PENDING → SUCCESS | FAILURE | EXPIRED. */
final class SimulatedPayment {

    final String id;
    final long amountMillimes;
    final String successLink;
    final String failLink;
    final String webhook;
    final String trackingId;
    final Instant createdAt;
    final Duration timeout;
    private String status = "PENDING";

    SimulatedPayment(String id, long amountMillimes, String successLink, String failLink, String webhook,
                     String trackingId, Instant createdAt, Duration timeout) {
        this.id = id;
        this.amountMillimes = amountMillimes;
        this.successLink = successLink;
        this.failLink = failLink;
        this.webhook = webhook;
        this.trackingId = trackingId;
        this.createdAt = createdAt;
        this.timeout = timeout;
    }

    /** The status now: a PENDING session past its timeout has EXPIRED. */
    synchronized String status(Instant now) {
        if (status.equals("PENDING") && now.isAfter(createdAt.plus(timeout))) {
            status = "EXPIRED";
        }
        return status;
    }

    /** @return whether the payer's choice counted (only once, only before expiry) */
    synchronized boolean choose(boolean pay, Instant now) {
        if (!status(now).equals("PENDING")) {
            return false;
        }
        status = pay ? "SUCCESS" : "FAILURE";
        return true;
    }
}
