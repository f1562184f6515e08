package tn.entrix.flouci.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PaymentPageTest {

    @Test
    void showsTndFromMillimesWithoutFloatingPoint() {
        assertEquals("12.500 TND", PaymentPageResource.tnd(12500));
        assertEquals("0.100 TND", PaymentPageResource.tnd(100));
        assertEquals("1000.000 TND", PaymentPageResource.tnd(1_000_000));
    }

    @Test
    void appendsThePaymentIdAsFlouciDoes() {
        assertEquals("https://e/ok?payment_id=abc", PaymentPageResource.withPaymentId("https://e/ok", "abc"));
        assertEquals("https://e/r?outcome=fail&payment_id=abc",
                PaymentPageResource.withPaymentId("https://e/r?outcome=fail", "abc"));
    }

    @Test
    void anUnpaidSessionExpiresAfterItsTimeout() {
        var start = java.time.Instant.parse("2026-01-01T00:00:00Z");
        var payment = new SimulatedPayment("p", 100, "s", "f", null, "t", start, java.time.Duration.ofSeconds(10));
        assertEquals("PENDING", payment.status(start.plusSeconds(9)));
        assertEquals(false, payment.choose(true, start.plusSeconds(11)));
        assertEquals("EXPIRED", payment.status(start.plusSeconds(11)));
    }
}
