package tn.entrix.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlouciProtocolTest {

    @Test
    void generateBodyCarriesMillimesAndEveryFieldFlouciDocuments() {
        String body = FlouciProtocol.generateBody(12500, "https://e/ok", "https://e/ko", "https://e/hook/s3cr3t",
                "ORDER-1", true, 1200);
        var json = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
        assertEquals(12500, json.getJsonNumber("amount").longValueExact());
        assertEquals("ORDER-1", json.getString("developer_tracking_id"));
        assertEquals("https://e/hook/s3cr3t", json.getString("webhook"));
        assertEquals(1200, json.getInt("session_timeout_secs"));
        assertTrue(json.getBoolean("accept_card"));
        assertEquals("https://e/ok", json.getString("success_link"));
        assertEquals("https://e/ko", json.getString("fail_link"));
    }

    @Test
    void theAttemptSummaryNeverShowsTheWebhookSecret() {
        String summary = FlouciProtocol.generateSummary(12500, "ORDER-1", "https://e/ok",
                "https://e/api/v1/payments/flouci/webhook/s3cr3t");
        assertFalse(summary.contains("s3cr3t"), summary);
        assertTrue(summary.contains("webhook=https://e/api/v1/payments/flouci/webhook/***"), summary);
    }

    @Test
    void parsesGenerateAndVerifyAnswers() {
        var generated = FlouciProtocol.parseGenerated("""
                {"result": {"success": true, "payment_id": "abc_123", "link": "https://flouci.com/pay/abc_123",
                 "developer_tracking_id": "ORDER-1"}, "name": "developers", "code": 0, "version": "1.0.0"}""");
        assertEquals("abc_123", generated.paymentId());
        assertEquals("https://flouci.com/pay/abc_123", generated.link());

        var verified = FlouciProtocol.parseVerification("""
                {"success": true, "result": {"_id": "abc_123", "status": "SUCCESS", "amount": 12500,
                 "developer_tracking_id": "ORDER-1"}, "code": 0}""");
        assertEquals(FlouciStatus.SUCCESS, verified.status());
        assertEquals(12500L, verified.amountMillimes());
        assertEquals("ORDER-1", verified.trackingId());
        assertEquals(700L, FlouciProtocol.parseVerification("""
                {"result": {"status": "PENDING", "amount": "700"}}""").amountMillimes());
    }

    @Test
    void refusesWhatIsNotAFlouciAnswer() {
        assertThrows(IllegalArgumentException.class, () -> FlouciProtocol.parseGenerated("<html>502</html>"));
        assertThrows(IllegalArgumentException.class, () -> FlouciProtocol.parseGenerated(
                "{\"result\": {\"success\": false}}"));
        assertThrows(IllegalArgumentException.class, () -> FlouciProtocol.parseGenerated(
                "{\"result\": {\"success\": true, \"payment_id\": \"../x\", \"link\": \"l\"}}"));
        assertThrows(IllegalArgumentException.class, () -> FlouciProtocol.parseVerification(
                "{\"result\": {\"status\": \"PAID\"}}"));
        assertThrows(IllegalArgumentException.class, () -> FlouciProtocol.parseVerification(
                "{\"result\": {\"status\": \"SUCCESS\", \"amount\": 12.5}}"));
    }

    @Test
    void aWebhookBodyOnlyNamesThePayment() {
        assertEquals("abc", FlouciProtocol.webhookPaymentId("{\"payment_id\": \"abc\", \"status\": \"SUCCESS\"}"));
        assertEquals("abc", FlouciProtocol.webhookPaymentId("{\"result\": {\"payment_id\": \"abc\"}}"));
        assertEquals(null, FlouciProtocol.webhookPaymentId("{\"status\": \"SUCCESS\"}"));
        assertFalse(FlouciProtocol.validPaymentId("abc/../../x"));
        assertTrue(FlouciProtocol.validPaymentId("5f3e2a_b-9"));
    }
}
