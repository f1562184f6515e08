package tn.entrix.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Flouci payments end to end against the stack's Flouci simulator, reached over HTTP by the same client code as the
 * real Flouci: a back-office test payment, the payer's choice on the simulator's page, the webhook, verify,
 * settlement exactly once, the attempt log, reconciliation, and the simulator's faults.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentIT {

    private String admin;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @BeforeEach
    void arrange() {
        admin = Stack.adminToken();
        faults(Map.of());
    }

    @AfterEach
    void resetFaults() {
        given().delete(Stack.flouciSimulator() + "/simulator/faults").then().statusCode(200);
    }

    @Test
    void aTestPaymentPaidOnTheSimulatorSucceedsOnceWithEveryCallRecorded() {
        JsonPath started = start(12_500, "IT paid");
        long id = started.getLong("id");
        assertEquals("PENDING", started.getString("status"));
        assertTrue(started.getString("trackingId").startsWith("TEST-"));

        String page = given().get(started.getString("link")).then().statusCode(200).extract().asString();
        assertTrue(page.contains("12.500 TND"), page);
        Response redirect = choose(started.getString("link"), "pay");
        assertEquals(303, redirect.statusCode());
        assertTrue(redirect.header("Location").contains("/payment-return.html?outcome=success&payment_id="
                + started.getString("paymentId")), redirect.header("Location"));

        JsonPath paid = awaitStatus(id, "SUCCESS");
        assertEquals(12_500, paid.getLong("verifiedMillimes"));
        assertEquals(1, auditCount(id, "PAYMENT_SUCCESS", "MEDIUM"));

        List<Map<String, Object>> attempts = Stack.as(admin).get("/payments/" + id + "/attempts")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals("GENERATE", attempts.get(0).get("operation"));
        assertEquals("OK", attempts.get(0).get("outcome"));
        assertEquals(200, attempts.get(0).get("httpStatus"));
        assertTrue(attempts.stream().anyMatch(a -> "VERIFY".equals(a.get("operation")) && "OK".equals(a.get("outcome"))),
                attempts.toString());
        assertTrue(attempts.stream().noneMatch(a -> String.valueOf(a.get("requestSummary"))
                .contains(Stack.flouciWebhookSecret())), "no secret in the attempt log");
        System.out.println("Flouci simulator attempts (latency ms): " + attempts.stream()
                .map(a -> a.get("operation") + "=" + a.get("latencyMs")).toList());

        // finance reads payments; a fan does not
        String finance = Stack.newUser("finance", "finance-pass-123", "FINANCE");
        Stack.as(Stack.token(finance, "finance-pass-123")).get("/payments?status=SUCCESS")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.greaterThan(0));
        String fan = Stack.newUser("fan", "fan-pass-12345", "USER");
        Stack.as(Stack.token(fan, "fan-pass-12345")).get("/payments").then().statusCode(403);
    }

    @Test
    void aFailedChoiceFailsThePayment() {
        JsonPath started = start(3_000, "IT fail");
        Response redirect = choose(started.getString("link"), "fail");
        assertTrue(redirect.header("Location").contains("outcome=fail"), redirect.header("Location"));
        awaitStatus(started.getLong("id"), "FAILURE");
    }

    @Test
    void aDoubleWebhookAndConcurrentDeliveriesSettleOnce() throws Exception {
        faults(Map.of("doubleWebhook", true));
        JsonPath started = start(5_000, "IT double");
        long id = started.getLong("id");
        choose(started.getString("link"), "pay");
        awaitStatus(id, "SUCCESS");
        Thread.sleep(1500); // let the second delivery land
        assertEquals(1, auditCount(id, "PAYMENT_SUCCESS", "MEDIUM"));

        // eight deliveries at once, of a paid payment whose own webhook never came
        faults(Map.of("noWebhook", true));
        JsonPath second = start(6_000, "IT concurrent");
        choose(second.getString("link"), "pay");
        List<String> outcomes = deliverConcurrently(second.getString("paymentId"), 8);
        assertEquals(1, outcomes.stream().filter("SETTLED"::equals).count(), outcomes.toString());
        assertEquals(7, outcomes.stream().filter("ALREADY_SETTLED"::equals).count(), outcomes.toString());
        assertEquals(1, auditCount(second.getLong("id"), "PAYMENT_SUCCESS", "MEDIUM"));
    }

    @Test
    void aWebhookBeforeTheRedirectHasSettledThePaymentWhenThePayerComesBack() {
        faults(Map.of("webhookBeforeRedirect", true));
        JsonPath started = start(2_000, "IT before");
        assertEquals(303, choose(started.getString("link"), "pay").statusCode());
        Stack.as(admin).get("/payments/" + started.getLong("id")).then().statusCode(200)
                .body("status", equalTo("SUCCESS"));
    }

    @Test
    void withoutWebhookTheReconciliationSettlesThePayment() throws Exception {
        faults(Map.of("noWebhook", true));
        JsonPath started = start(7_500, "IT no webhook");
        long id = started.getLong("id");
        choose(started.getString("link"), "pay");
        Thread.sleep(1000);
        Stack.as(admin).get("/payments/" + id).then().body("status", equalTo("PENDING"));

        JsonPath run = Stack.as(admin).post("/payments/reconcile?olderThan=PT0S").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(run.getInt("settled") >= 1, run.prettify());
        Stack.as(admin).get("/payments/" + id).then().body("status", equalTo("SUCCESS"));
        assertEquals(1, auditCount(id, "PAYMENT_SUCCESS", "MEDIUM"));
    }

    @Test
    void aFlouci500IsRetriedThenAnsweredAsACleanProblem() throws Exception {
        Instant before = Instant.now();
        faults(Map.of("error500", true));
        Stack.as(admin).body(Map.of("amountMillimes", 1_000, "label", "IT 500")).post("/payments/test")
                .then().statusCode(503).contentType(containsString("application/problem+json"))
                .body("code", equalTo("PAYMENT_PROVIDER_UNAVAILABLE"));
        try (Connection db = Stack.database();
             PreparedStatement q = db.prepareStatement("select count(*), min(latency_ms) from payment_attempt "
                     + "where operation = 'GENERATE' and outcome = 'SERVER_ERROR' and http_status = 500 "
                     + "and created_at >= ?")) {
            q.setTimestamp(1, Timestamp.from(before));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(4, rs.getInt(1), "the call and 3 retries, each recorded");
            }
        }

        // two 500s, then Flouci answers: the retries carry the payment through
        faults(Map.of("error500", true, "error500Count", 2));
        JsonPath started = start(1_500, "IT 500 twice");
        List<String> outcomes = Stack.as(admin).get("/payments/" + started.getLong("id") + "/attempts")
                .then().statusCode(200).extract().jsonPath().getList("outcome");
        assertEquals(List.of("SERVER_ERROR", "SERVER_ERROR", "OK"), outcomes);
    }

    @Test
    void aSlowFlouciIsWaitedForAndItsLatencyRecorded() {
        faults(Map.of("slow", true, "slowMillis", 1500));
        JsonPath started = start(1_000, "IT slow");
        List<Integer> latencies = Stack.as(admin).get("/payments/" + started.getLong("id") + "/attempts")
                .then().statusCode(200).extract().jsonPath().getList("latencyMs", Integer.class);
        assertTrue(latencies.get(0) >= 1500, latencies.toString());
        System.out.println("Flouci simulator slow generate latency ms: " + latencies.get(0));
    }

    @Test
    void anAmountMismatchMarksThePaymentSuspiciousWithAHighAuditRow() {
        faults(Map.of("amountMismatch", true));
        JsonPath started = start(9_000, "IT mismatch");
        long id = started.getLong("id");
        choose(started.getString("link"), "pay");
        JsonPath suspicious = awaitStatus(id, "SUSPICIOUS");
        assertEquals(10_000, suspicious.getLong("verifiedMillimes"));
        assertEquals(1, auditCount(id, "PAYMENT_SUSPICIOUS", "HIGH"));
        assertEquals(0, auditCount(id, "PAYMENT_SUCCESS", "MEDIUM"));
    }

    @Test
    void aWebhookWithAWrongSecretIsNotFoundAndProcessesNothing() {
        faults(Map.of("noWebhook", true));
        JsonPath started = start(4_000, "IT wrong secret");
        long id = started.getLong("id");
        choose(started.getString("link"), "pay");
        given().contentType(ContentType.JSON).body(Map.of("payment_id", started.getString("paymentId")))
                .post(Stack.api() + "/payments/flouci/webhook/not-the-secret")
                .then().statusCode(404).body("code", equalTo("WEBHOOK_NOT_FOUND"));
        Stack.as(admin).get("/payments/" + id).then().body("status", equalTo("PENDING"));
        List<String> operations = Stack.as(admin).get("/payments/" + id + "/attempts").then().extract().jsonPath()
                .getList("operation");
        assertEquals(List.of("GENERATE"), operations, "no verify call for a refused webhook");

        // the right secret, with an unknown payment: ignored, 200
        given().contentType(ContentType.JSON).body(Map.of("payment_id", "unknown123"))
                .post(Stack.api() + "/payments/flouci/webhook/" + Stack.flouciWebhookSecret())
                .then().statusCode(200).body("outcome", equalTo("UNKNOWN_PAYMENT"));
    }

    private JsonPath start(long millimes, String label) {
        return Stack.as(admin).body(Map.of("amountMillimes", millimes, "label", label)).post("/payments/test")
                .then().statusCode(201).body("link", startsWith(Stack.flouciSimulator() + "/pay/"))
                .extract().jsonPath();
    }

    /** What a browser does on the simulator's page: post the chosen button, do not follow the redirect. */
    private static Response choose(String link, String choice) {
        return given().redirects().follow(false).contentType(ContentType.URLENC).formParam("choice", choice)
                .post(link);
    }

    private static void faults(Map<String, Object> faults) {
        given().contentType(ContentType.JSON).body(faults).put(Stack.flouciSimulator() + "/simulator/faults")
                .then().statusCode(200);
    }

    private JsonPath awaitStatus(long id, String status) {
        long deadline = System.currentTimeMillis() + 30_000;
        JsonPath payment;
        do {
            payment = Stack.as(admin).get("/payments/" + id).then().statusCode(200).extract().jsonPath();
            if (status.equals(payment.getString("status"))) {
                return payment;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("payment " + id + " not " + status + " but " + payment.getString("status"));
    }

    private static List<String> deliverConcurrently(String paymentId, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        String url = Stack.api() + "/payments/flouci/webhook/" + Stack.flouciWebhookSecret();
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return given().contentType(ContentType.JSON).body(Map.of("payment_id", paymentId)).post(url)
                            .then().statusCode(200).extract().path("outcome");
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int auditCount(long paymentId, String action, String severity) {
        try (Connection db = Stack.database();
             PreparedStatement q = db.prepareStatement("select count(*) from audit_log where entity_type = 'Payment' "
                     + "and entity_id = ? and action = ? and severity = ?")) {
            q.setString(1, String.valueOf(paymentId));
            q.setString(2, action);
            q.setString(3, severity);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
