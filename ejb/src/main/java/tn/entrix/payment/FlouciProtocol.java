package tn.entrix.payment;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.regex.Pattern;

/**
 * Flouci's API v2 on the wire, as Flouci documents it, with no HTTP in it (unit-tested):
 * <pre>
 * POST /api/v2/generate_payment       Authorization: Bearer PUBLIC:PRIVATE
 *   {"amount": 12500, "accept_card": true, "session_timeout_secs": 1200, "success_link": "...", "fail_link": "...",
 *    "webhook": "...", "developer_tracking_id": "..."}           amount in millimes
 *   → {"result": {"success": true, "payment_id": "...", "link": "...", "developer_tracking_id": "..."}, "code": 0, ...}
 * GET /api/v2/verify_payment/{payment_id}
 *   → {"success": true, "result": {"status": "SUCCESS|PENDING|EXPIRED|FAILURE", "amount": 12500,
 *      "developer_tracking_id": "...", ...}, "code": 0, ...}
 * </pre>
 */
public final class FlouciProtocol {

    public static final String GENERATE_PATH = "/api/v2/generate_payment";
    public static final String VERIFY_PATH = "/api/v2/verify_payment/";

    /** Payment ids as Flouci issues them; anything else is refused before it reaches a URL. */
    private static final Pattern PAYMENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private FlouciProtocol() {
    }

    /** What generate_payment gave: the payment's id and the page the payer goes to. */
    public record Generated(String paymentId, String link) {
    }

    /** What verify_payment reported. */
    public record Verification(FlouciStatus status, Long amountMillimes, String trackingId) {
    }

    public static boolean validPaymentId(String paymentId) {
        return paymentId != null && PAYMENT_ID.matcher(paymentId).matches();
    }

    public static String generateBody(long amountMillimes, String successLink, String failLink, String webhook,
                                      String trackingId, boolean acceptCard, long sessionTimeoutSeconds) {
        return Json.createObjectBuilder()
                .add("amount", amountMillimes)
                .add("accept_card", acceptCard)
                .add("session_timeout_secs", sessionTimeoutSeconds)
                .add("success_link", successLink)
                .add("fail_link", failLink)
                .add("webhook", webhook)
                .add("developer_tracking_id", trackingId)
                .build().toString();
    }

    /** For the attempt log: what was asked, with the webhook's secret path segment masked. */
    public static String generateSummary(long amountMillimes, String trackingId, String successLink, String webhook) {
        return "POST " + GENERATE_PATH + " amount=" + amountMillimes + " developer_tracking_id=" + trackingId
                + " success_link=" + successLink + " webhook=" + maskLastSegment(webhook);
    }

    static String maskLastSegment(String url) {
        int slash = url == null ? -1 : url.lastIndexOf('/');
        return slash < 0 ? "***" : url.substring(0, slash + 1) + "***";
    }

    /** @throws IllegalArgumentException when the body is not what Flouci answers on success */
    public static Generated parseGenerated(String body) {
        JsonObject root = object(body);
        JsonObject result = child(root, "result");
        if (result.containsKey("success") && result.get("success") != JsonValue.TRUE) {
            throw new IllegalArgumentException("result.success is not true");
        }
        String paymentId = text(result, "payment_id");
        String link = text(result, "link");
        if (!validPaymentId(paymentId) || link == null || link.isBlank()) {
            throw new IllegalArgumentException("result.payment_id or result.link missing or malformed");
        }
        return new Generated(paymentId, link);
    }

    /** @throws IllegalArgumentException when the body is not a verify_payment answer */
    public static Verification parseVerification(String body) {
        JsonObject root = object(body);
        if (root.containsKey("success") && root.get("success") == JsonValue.FALSE) {
            throw new IllegalArgumentException("success is false");
        }
        JsonObject result = child(root, "result");
        String status = text(result, "status");
        FlouciStatus parsed;
        try {
            parsed = FlouciStatus.valueOf(status == null ? "" : status.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown result.status " + status);
        }
        Long amount = null;
        JsonValue value = result.get("amount");
        if (value instanceof JsonNumber number) {
            try {
                amount = number.longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("result.amount is no whole number of millimes: " + number);
            }
        } else if (value instanceof JsonString string) {
            try {
                amount = Long.parseLong(string.getString().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("result.amount is no whole number of millimes: " + string);
            }
        }
        return new Verification(parsed, amount, text(result, "developer_tracking_id"));
    }

    /** The payment id a webhook body names (its only field we use: the body is not signed). */
    public static String webhookPaymentId(String body) {
        JsonObject root = object(body);
        String id = text(root, "payment_id");
        if (id == null && root.get("result") instanceof JsonObject result) {
            id = text(result, "payment_id");
        }
        return id;
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("empty body");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage());
        }
    }

    private static JsonObject child(JsonObject parent, String name) {
        if (parent.get(name) instanceof JsonObject child) {
            return child;
        }
        throw new IllegalArgumentException("no '" + name + "' object");
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return null;
    }
}
