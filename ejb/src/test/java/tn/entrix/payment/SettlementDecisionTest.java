package tn.entrix.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SettlementDecisionTest {

    private static final Instant CREATED = Instant.parse("2026-09-13T12:00:00Z");
    private static final Duration ABANDON = Duration.ofHours(2);

    private static SettlementDecision decide(FlouciStatus status, Long amount, String tracking, Instant now) {
        return SettlementDecision.decide(12500, "ORDER-1", CREATED,
                new FlouciProtocol.Verification(status, amount, tracking), now, ABANDON);
    }

    @Test
    void successPaysOnlyTheExactAmountForOurTrackingId() {
        Instant now = CREATED.plusSeconds(60);
        assertEquals(PaymentStatus.SUCCESS, decide(FlouciStatus.SUCCESS, 12500L, "ORDER-1", now).status());
        assertEquals(PaymentStatus.SUSPICIOUS, decide(FlouciStatus.SUCCESS, 13500L, "ORDER-1", now).status());
        assertEquals(PaymentStatus.SUSPICIOUS, decide(FlouciStatus.SUCCESS, 11500L, "ORDER-1", now).status());
        assertEquals(PaymentStatus.SUSPICIOUS, decide(FlouciStatus.SUCCESS, null, "ORDER-1", now).status());
        assertEquals(PaymentStatus.SUSPICIOUS, decide(FlouciStatus.SUCCESS, 12500L, "ORDER-2", now).status());
        assertTrue(decide(FlouciStatus.SUCCESS, 13500L, "ORDER-1", now).reason().contains("13500"));
    }

    @Test
    void failureExpiryAndAbandonment() {
        Instant soon = CREATED.plusSeconds(60);
        assertEquals(PaymentStatus.FAILURE, decide(FlouciStatus.FAILURE, 12500L, "ORDER-1", soon).status());
        assertEquals(PaymentStatus.EXPIRED, decide(FlouciStatus.EXPIRED, 12500L, null, soon).status());
        assertEquals(PaymentStatus.PENDING, decide(FlouciStatus.PENDING, 12500L, "ORDER-1", soon).status());
        assertEquals(PaymentStatus.EXPIRED, decide(FlouciStatus.PENDING, 12500L, "ORDER-1",
                CREATED.plus(ABANDON).plusSeconds(1)).status());
    }

    @Test
    void aPaymentSettlesOnce() {
        Payment payment = new Payment(PaymentProvider.FLOUCI, "p1", "ORDER-1", null, null, 12500, "link", CREATED);
        assertFalse(payment.settle(PaymentStatus.PENDING, null, CREATED));
        assertTrue(payment.settle(PaymentStatus.SUCCESS, 12500L, CREATED.plusSeconds(5)));
        assertFalse(payment.settle(PaymentStatus.FAILURE, 12500L, CREATED.plusSeconds(6)));
        assertEquals(PaymentStatus.SUCCESS, payment.getStatus());
        assertEquals(CREATED.plusSeconds(5), payment.getProcessedAt());
    }
}
