package tn.entrix.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ticket configuration, pricing with its breakdown, holds and orders — and no overselling under concurrency: one
 * seat wanted by many fans at once goes to exactly one, a quota of N admits exactly N.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SellingIT {

    private static final String PASSWORD = "Stade-Olympique-1";

    private String admin;
    private String suffix;
    private long event;
    private long seatedZone;
    private long standingZone;
    private long club;
    private long bigStandingZone;
    private long mapping;

    /** Buyers shared by the concurrency tests (each account costs two PBKDF2 hashes to make). */
    private static final List<String> BUYERS = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @BeforeEach
    void arrange() {
        admin = Stack.adminToken();
        suffix = Stack.unique().substring(0, 6).toUpperCase();
        long venue = Stack.as(admin).body(Map.of("name", "Stade " + suffix, "city", "Sousse", "maxCapacity", 5_000))
                .post("/venues").then().statusCode(201).extract().jsonPath().getLong("id");
        mapping = Stack.as(admin).body(Map.of("name", "Football")).post("/venues/" + venue + "/mappings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        seatedZone = zone(mapping, "TRIB", "Tribune", "SEATED", null);
        Stack.as(admin).body(Map.of("rowFrom", 1, "rowTo", 10, "seatFrom", 1, "seatTo", 10))
                .post("/zones/" + seatedZone + "/seats/generate").then().statusCode(200);
        standingZone = zone(mapping, "VIR", "Virage", "STANDING", 500);
        bigStandingZone = zone(mapping, "PEL", "Pelouse", "STANDING", 1_000);
        club = Stack.as(admin).body(Map.of("code", "H" + suffix, "name", "Club " + suffix, "kind", "TEAM"))
                .post("/participants").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> body = new HashMap<>(Map.of("code", "M" + suffix, "name", "Match " + suffix,
                "kind", "FOOTBALL", "mappingId", mapping, "startsAt", "2027-03-14T15:00:00Z",
                "endsAt", "2027-03-14T17:00:00Z",
                "participants", List.of(Map.of("participantId", club, "role", "HOME"))));
        event = Stack.as(admin).body(body).post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String status : List.of("PUBLISHED", "ON_SALE")) {
            Stack.as(admin).body(Map.of("status", status)).put("/events/" + event + "/status").then().statusCode(200);
        }
    }

    @Test
    void aFanSeesThePriceBreakdownHoldsTheBestSeatsAndOrdersWithAPromoCode() {
        long tribune = ticketType("TRIB", true, 20_000, null, List.of(seatedZone));
        Stack.as(admin).body(Map.of("kind", "EARLY_BIRD", "name", "Early bird", "firstN", 2, "amountOff", 2_000,
                "priority", 10)).post(sale("pricing-rules")).then().statusCode(201);
        Stack.as(admin).body(Map.of("kind", "PROMO_CODE", "name", "Code supporters", "promoCode", "ultras" + suffix,
                "percentOff", 50, "maxUses", 1, "priority", 20)).post(sale("pricing-rules")).then().statusCode(201);
        Stack.as(admin).body(Map.of("kind", "PROMO_CODE", "name", "Sans effet")).post(sale("pricing-rules"))
                .then().statusCode(422).body("code", equalTo("RULE_EFFECT"));

        Stack.as(admin).get(sale("ticket-types")).then().statusCode(200)
                .body("[0].quota", equalTo(100)).body("[0].available", equalTo(100));

        String fan = fan("a");
        JsonPath quote = Stack.as(fan).get("/holds/quote?ticketTypeId=" + tribune + "&quantity=3").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(18_000, 18_000, 20_000), quote.getList("lines.price", Integer.class));
        assertEquals("Early bird", quote.getString("lines[0].applied[0].name"));
        assertEquals(56_000, quote.getInt("total"));

        JsonPath hold = Stack.as(fan).body(Map.of("ticketTypeId", tribune, "quantity", 3)).post("/holds")
                .then().statusCode(201).extract().jsonPath();
        assertEquals(3, hold.getList("seats.id").stream().distinct().count(), "three different seats");

        JsonPath order = Stack.as(fan).body(Map.of("holdId", hold.getLong("id"), "promoCode", "ULTRAS" + suffix))
                .post("/orders").then().statusCode(201).extract().jsonPath();
        assertEquals("PENDING_PAYMENT", order.getString("status"));
        assertTrue(order.getString("number").matches("ETX-\\d{4}-\\d{6}"), order.getString("number"));
        assertEquals(List.of(9_000, 9_000, 10_000), order.getList("items.price", Integer.class));
        assertEquals(60_000, order.getInt("subtotal"));
        assertEquals(28_000, order.getInt("total"));
        assertEquals(order.getInt("subtotal") - order.getInt("discount"), order.getInt("total"));
        assertTrue(order.getString("items[0].breakdown").contains("Early bird"));
        assertTrue(order.getString("items[0].breakdown").contains("Code supporters"));

        // the code had one use
        String other = fan("b");
        long otherHold = Stack.as(other).body(Map.of("ticketTypeId", tribune, "quantity", 1)).post("/holds")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Stack.as(other).body(Map.of("holdId", otherHold, "promoCode", "ultras" + suffix)).post("/orders")
                .then().statusCode(409).body("code", equalTo("PROMO_CODE_EXHAUSTED"));
        Stack.as(other).body(Map.of("holdId", otherHold, "promoCode", "NOPE")).post("/orders")
                .then().statusCode(422).body("code", equalTo("PROMO_CODE_UNKNOWN"));
        // a fan never sees another fan's order or hold
        Stack.as(other).get("/orders/" + order.getLong("id")).then().statusCode(404);
        Stack.as(other).get("/holds/" + hold.getLong("id")).then().statusCode(404);
        Stack.as(fan).get("/orders").then().statusCode(200).body("size()", equalTo(1));

        // cancelling gives the seats back
        Stack.as(fan).post("/orders/" + order.getLong("id") + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        Stack.as(admin).get(sale("ticket-types")).then().body("[0].held", equalTo(1)).body("[0].sold", equalTo(0));
    }

    @Test
    void aBoxOfficePaymentSellsTheSeatsOnceAndPutsTheBuyerInTheRuleGroup() throws Exception {
        long tribune = ticketType("TRIB", true, 12_000, null, List.of(seatedZone));
        Stack.as(admin).body(Map.of("purchaseType", "TICKET", "groupCode", "spectateurs-{event}",
                "groupName", "Spectateurs {event}")).post("/assignment-rules").then().statusCode(201);
        String name = Stack.newUser("buyer", PASSWORD, "USER");
        String fan = Stack.token(name, PASSWORD);
        long hold = Stack.as(fan).body(Map.of("ticketTypeId", tribune, "quantity", 2)).post("/holds")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long order = Stack.as(fan).body(Map.of("holdId", hold)).post("/orders").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Stack.as(fan).post(sale("orders/" + order + "/box-office-payment")).then().statusCode(403);
        Stack.as(admin).post(sale("orders/" + order + "/box-office-payment?receipt=R-1")).then().statusCode(200)
                .body("status", equalTo("PAID")).body("paymentId", equalTo("BOX-R-1"));
        Stack.as(admin).post(sale("orders/" + order + "/box-office-payment?receipt=R-1")).then().statusCode(200);
        Stack.as(admin).get(sale("ticket-types")).then().body("[0].sold", equalTo(2)).body("[0].held", equalTo(0));
        assertEquals(2, count("select count(*) from event_seat where order_id = " + order + " and status = 'SOLD'"));
        Stack.as(fan).post("/orders/" + order + "/cancel").then().statusCode(409)
                .body("code", equalTo("ORDER_NOT_PENDING"));
        assertEquals(1, count("select count(*) from group_member m join user_group g on g.id = m.group_id "
                + "join app_user u on u.id = m.user_id where g.code = 'spectateurs-M" + suffix + "' and u.username = '"
                + name + "' and m.source = 'AUTO'"));
    }

    @Test
    void aFanOrdersStraightFromATicketTypeInOneStepUnderTheSameRules() throws Exception {
        long tribune = ticketType("TRIB", true, 20_000, null, List.of(seatedZone));
        Stack.as(admin).body(Map.of("kind", "PROMO_CODE", "name", "Code club", "promoCode", "club" + suffix,
                "percentOff", 25, "priority", 20)).post(sale("pricing-rules")).then().statusCode(201);
        String fan = fan("o");

        // best seats held and ordered by one request, with the promo code priced in
        JsonPath order = Stack.as(fan).body(Map.of("ticketTypeId", tribune, "quantity", 2, "promoCode",
                "CLUB" + suffix)).post("/orders").then().statusCode(201).extract().jsonPath();
        long orderId = order.getLong("id");
        assertEquals("PENDING_PAYMENT", order.getString("status"));
        assertEquals(List.of(15_000, 15_000), order.getList("items.price", Integer.class));
        assertEquals(2, order.getList("items.seatReference").stream().filter(java.util.Objects::nonNull).distinct()
                .count(), "two seats, named");
        long hold = count("select hold_id from ticket_order where id = " + orderId);
        assertEquals(1, count("select count(*) from seat_hold where id = " + hold + " and status = 'ORDERED'"));
        assertEquals(2, count("select count(*) from event_seat where hold_id = " + hold + " and status = 'HELD'"));
        Stack.as(admin).get(sale("ticket-types")).then().body("[0].held", equalTo(2));
        // audited once, as the order it is
        assertEquals(1, count("select count(*) from audit_log where entity_type = 'Order' and entity_id = '" + orderId
                + "' and action = 'ORDER_CREATED' and details like '%one step%'"));
        assertEquals(0, count("select count(*) from audit_log where entity_type = 'SeatHold' and entity_id = '"
                + hold + "'"));

        // the same sale rules, and nothing written when refused
        Stack.as(fan).body(Map.of("ticketTypeId", tribune, "quantity", 11)).post("/orders")
                .then().statusCode(422).body("code", equalTo("ORDER_LIMIT"));
        Stack.as(fan).body(Map.of("ticketTypeId", tribune)).post("/orders")
                .then().statusCode(422).body("code", equalTo("QUANTITY_REQUIRED"));
        Stack.as(fan).body(Map.of("holdId", hold, "ticketTypeId", tribune, "quantity", 1)).post("/orders")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("ORDER_SOURCE_INVALID"));
        Stack.as(fan).body(Map.of()).post("/orders").then().statusCode(422)
                .body("code", equalTo("ORDER_SOURCE_INVALID"));
        Stack.as(fan).body(Map.of("ticketTypeId", tribune, "quantity", 1, "promoCode", "NOPE")).post("/orders")
                .then().statusCode(422).body("code", equalTo("PROMO_CODE_UNKNOWN"));
        assertEquals(1, count("select count(*) from ticket_order where event_id = " + event));
        assertEquals(1, count("select count(*) from seat_hold where event_id = " + event));
        Stack.as(admin).get(sale("ticket-types")).then().body("[0].held", equalTo(2));

        // a quota ends the same way: the last places go, then SOLD_OUT with nothing held
        long virage = ticketType("VIR", false, 8_000, 3, List.of(standingZone));
        Stack.as(fan("p")).body(Map.of("ticketTypeId", virage, "quantity", 3)).post("/orders").then().statusCode(201)
                .body("items.size()", equalTo(3));
        Stack.as(fan("q")).body(Map.of("ticketTypeId", virage, "quantity", 1)).post("/orders").then()
                .statusCode(409).body("code", equalTo("SOLD_OUT"));
        assertEquals(1, count("select count(*) from seat_hold where ticket_type_id = " + virage));

        // one chosen seat wanted by sixteen fans at once: one order, the others 409, one seat held
        long seat = firstSeat() + 50;
        List<Integer> statuses = concurrently(buyers(16), token -> Stack.as(token)
                .body(Map.of("ticketTypeId", tribune, "seatIds", List.of(seat))).post("/orders").statusCode());
        assertEquals(1, statuses.stream().filter(st -> st == 201).count(), statuses.toString());
        assertEquals(15, statuses.stream().filter(st -> st == 409).count(), statuses.toString());
        assertEquals(1, count("select count(*) from order_item where seat_id = " + seat));

        // paid like any order: its seats are sold to it
        Stack.as(admin).post(sale("orders/" + orderId + "/box-office-payment?receipt=R-9")).then().statusCode(200)
                .body("status", equalTo("PAID"));
        assertEquals(2, count("select count(*) from event_seat where order_id = " + orderId
                + " and status = 'SOLD'"));
    }

    @Test
    void aFanPaysWithFlouciAndTheVerifiedWebhookPaysTheOrderOnce() throws Exception {
        long virage = ticketType("VIR", false, 7_500, null, List.of(standingZone));
        Stack.as(admin).body(Map.of("clubId", club, "kind", "PERCENT", "percentBps", 750, "validFrom", "2020-01-01"))
                .post("/finance/contracts").then().statusCode(201);
        String fan = fan("flouci");
        long hold = Stack.as(fan).body(Map.of("ticketTypeId", virage, "quantity", 2)).post("/holds")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath order = Stack.as(fan).body(Map.of("holdId", hold)).post("/orders").then().statusCode(201)
                .extract().jsonPath();
        JsonPath payment = Stack.as(fan).post("/orders/" + order.getLong("id") + "/payment").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(15_000, payment.getInt("amount"));
        String page = io.restassured.RestAssured.given().get(payment.getString("link")).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("15.000 TND"), page);
        io.restassured.response.Response back = io.restassured.RestAssured.given().redirects().follow(false)
                .contentType(io.restassured.http.ContentType.URLENC).formParam("choice", "pay")
                .post(payment.getString("link"));
        assertEquals(303, back.statusCode());
        assertTrue(back.header("Location").contains("/order-return.html?order=" + order.getString("number")),
                back.header("Location"));

        long deadline = System.currentTimeMillis() + 30_000;
        String status;
        do {
            status = Stack.as(fan).get("/orders/" + order.getLong("id")).then().extract().path("status");
            if (!"PAID".equals(status)) {
                Thread.sleep(200);
            }
        } while (!"PAID".equals(status) && System.currentTimeMillis() < deadline);
        assertEquals("PAID", status);
        Stack.as(admin).get(sale("ticket-types")).then().body("[0].sold", equalTo(2)).body("[0].held", equalTo(0));
        // the same webhook ten times at once: every delivery answered 2xx, one payment, one set of access rights
        List<String> deliveries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            deliveries.add(payment.getString("paymentId"));
        }
        List<Integer> answers = concurrently(deliveries, id -> io.restassured.RestAssured.given()
                .contentType(io.restassured.http.ContentType.JSON).body(Map.of("payment_id", id, "status", "SUCCESS"))
                .post(Stack.api() + "/payments/flouci/webhook/" + Stack.flouciWebhookSecret()).statusCode());
        assertTrue(answers.stream().allMatch(a -> a >= 200 && a < 300), answers.toString());
        assertEquals(2, count("select count(*) from access_right where order_id = " + order.getLong("id")
                + " and status = 'VALID'"));
        Stack.as(fan).get("/access-rights").then().statusCode(200).body("size()", equalTo(2));
        assertEquals(1, count("select count(*) from audit_log where action = 'ORDER_PAID' and entity_id = '"
                + order.getLong("id") + "'"));
        // the club's commission, frozen with the payment: 7.50 % of 15.000 TND
        JsonPath commission = Stack.as(admin).get("/finance/events/" + event + "/commissions").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(15_000, commission.getInt("[0].gross"));
        assertEquals(1_125, commission.getInt("[0].commission"));
        assertEquals(13_875, commission.getInt("[0].net"));
        Stack.as(fan).get("/finance/events/" + event + "/commissions").then().statusCode(403);
    }

    @Test
    void staffRefundAPaidOrderOnceItsTicketsStopAndItsSeatsAndCommissionGoBack() throws Exception {
        long tribune = ticketType("TRIB", true, 10_000, null, List.of(seatedZone));
        Stack.as(admin).body(Map.of("clubId", club, "kind", "PERCENT", "percentBps", 1_000, "validFrom", "2020-01-01"))
                .post("/finance/contracts").then().statusCode(201);
        String fan = fan("refund");
        JsonPath hold = Stack.as(fan).body(Map.of("ticketTypeId", tribune, "quantity", 2)).post("/holds")
                .then().statusCode(201).extract().jsonPath();
        List<Long> seats = hold.getList("seats.id", Long.class);
        long order = Stack.as(fan).body(Map.of("holdId", hold.getLong("id"))).post("/orders").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String finance = Stack.token(Stack.newUser("finance", PASSWORD, "FINANCE"), PASSWORD);
        Map<String, String> why = Map.of("reason", "Match à huis clos pour ce supporter");

        // not paid yet: nothing to refund
        Stack.as(finance).body(why).post("/orders/" + order + "/refund").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("ORDER_NOT_REFUNDABLE"));
        String paymentId = payOnSimulator(fan, order);
        Stack.as(admin).get(sale("ticket-types")).then().body("[0].sold", equalTo(2));
        assertEquals(2, count("select count(*) from access_right where order_id = " + order + " and status = 'VALID'"));

        Stack.as(fan).body(why).post("/orders/" + order + "/refund").then().statusCode(403);
        Stack.as(finance).body(Map.of("reason", " ")).post("/orders/" + order + "/refund").then()
                .statusCode(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                        .and(org.hamcrest.Matchers.lessThan(500)));
        Stack.as(finance).body(why).post("/orders/" + order + "/refund").then().statusCode(200)
                .body("status", equalTo("REFUNDED")).body("refundedAt", org.hamcrest.Matchers.notNullValue());
        // idempotent: a second refund (another staff member, a double click) changes nothing
        Stack.as(admin).body(why).post("/orders/" + order + "/refund").then().statusCode(200)
                .body("status", equalTo("REFUNDED"));
        assertEquals(1, count("select count(*) from audit_log where action = 'ORDER_REFUNDED' and severity = 'HIGH' "
                + "and entity_id = '" + order + "'"));

        // the tickets no longer open a gate, the seats and the quota are on sale again
        assertEquals(2, count("select count(*) from access_right where order_id = " + order
                + " and status = 'REFUNDED' and status_reason = 'ORDER_REFUNDED'"));
        Stack.as(fan).get("/access-rights").then().statusCode(200).body("status", equalTo(List.of("REFUNDED", "REFUNDED")));
        Stack.as(admin).get(sale("ticket-types")).then().body("[0].sold", equalTo(0)).body("[0].held", equalTo(0))
                .body("[0].available", equalTo(100));
        // the commission is reversed (the row stays, marked), the Flouci money is due back to the fan
        Stack.as(admin).get("/finance/events/" + event + "/commissions").then().statusCode(200)
                .body("[0].commission", equalTo(2_000)).body("[0].refundedAt", org.hamcrest.Matchers.notNullValue());
        assertEquals(1, count("select count(*) from payment where payment_id = '" + paymentId
                + "' and status = 'REFUND_DUE'"));

        // sold again: new rights on the same seats beside the refunded ones (the seat's unique index counts live
        // rights only), and the database refuses a second live right for a seat
        String again = fan("again");
        long resoldHold = Stack.as(again).body(Map.of("ticketTypeId", tribune, "seatIds", seats)).post("/holds")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long resold = Stack.as(again).body(Map.of("holdId", resoldHold)).post("/orders").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        payOnSimulator(again, resold);
        String seatList = seats.stream().map(String::valueOf).collect(Collectors.joining(","));
        assertEquals(2, count("select count(*) from access_right where order_id = " + resold
                + " and status = 'VALID' and seat_id in (" + seatList + ")"));
        try (Connection db = Stack.database(); PreparedStatement revive = db.prepareStatement(
                "update access_right set status = 'VALID' where order_id = " + order)) {
            SQLException refused = assertThrows(SQLException.class, revive::executeUpdate);
            assertEquals("23505", refused.getSQLState(), refused.getMessage());
        }
    }

    @Test
    void aFlouciPaymentThatSucceedsAfterItsOrderExpiredIsMarkedForRefund() throws Exception {
        long virage = ticketType("VIR", false, 9_000, 1, List.of(standingZone));
        String late = fan("late-payer");
        long hold = Stack.as(late).body(Map.of("ticketTypeId", virage, "quantity", 1)).post("/holds")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath made = Stack.as(late).body(Map.of("holdId", hold)).post("/orders").then().statusCode(201)
                .extract().jsonPath();
        long order = made.getLong("id");
        String number = made.getString("number");
        String link = Stack.as(late).post("/orders/" + order + "/payment").then().statusCode(200).extract()
                .path("link");
        // the payment window closes while the fan is still on Flouci's page; the next buyer gets the place
        count("update ticket_order set expires_at = now() - interval '1 second' where id = " + order);
        Stack.as(fan("next")).body(Map.of("ticketTypeId", virage, "quantity", 1)).post("/holds").then().statusCode(201);
        Stack.as(late).get("/orders/" + order).then().body("status", equalTo("EXPIRED"));

        io.restassured.RestAssured.given().redirects().follow(false)
                .contentType(io.restassured.http.ContentType.URLENC).formParam("choice", "pay").post(link)
                .then().statusCode(303);
        long deadline = System.currentTimeMillis() + 30_000;
        while (count("select count(*) from payment where tracking_id = '" + number + "' and status = 'PENDING'") > 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        // the money is not lost: the payment waits for its refund, HIGH in the audit trail; the order stays expired
        assertEquals(1, count("select count(*) from payment where tracking_id = '" + number + "' and status = 'REFUND_DUE'"));
        assertEquals(1, count("select count(*) from audit_log a join payment p on a.entity_id = cast(p.id as text) "
                + "where p.tracking_id = '" + number + "' and a.action = 'PAYMENT_REFUND_DUE' and a.severity = 'HIGH'"));
        Stack.as(late).get("/orders/" + order).then().body("status", equalTo("EXPIRED"));
        Stack.as(admin).get(sale("ticket-types")).then().body("[0].held", equalTo(1)).body("[0].sold", equalTo(0));
        assertEquals(0, count("select count(*) from access_right where order_id = " + order));
    }

    @Test
    void whenTheWebhookNeverComesReconciliationPaysTheOrder() throws Exception {
        long virage = ticketType("VIR", false, 6_000, null, List.of(standingZone));
        String fan = fan("recon");
        long hold = Stack.as(fan).body(Map.of("ticketTypeId", virage, "quantity", 1)).post("/holds")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long order = Stack.as(fan).body(Map.of("holdId", hold)).post("/orders").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("noWebhook", true)).put(Stack.flouciSimulator() + "/simulator/faults")
                .then().statusCode(200);
        try {
            String link = Stack.as(fan).post("/orders/" + order + "/payment").then().statusCode(200).extract()
                    .path("link");
            io.restassured.RestAssured.given().redirects().follow(false)
                    .contentType(io.restassured.http.ContentType.URLENC).formParam("choice", "pay").post(link)
                    .then().statusCode(303);
            Thread.sleep(500);
            Stack.as(fan).get("/orders/" + order).then().body("status", equalTo("PENDING_PAYMENT"));
            Stack.as(admin).post("/payments/reconcile?olderThan=PT0S").then().statusCode(200);
            Stack.as(fan).get("/orders/" + order).then().body("status", equalTo("PAID"));
        } finally {
            io.restassured.RestAssured.given().delete(Stack.flouciSimulator() + "/simulator/faults");
        }
    }

    @Test
    void oneSeatWantedBySixtyFourFansAtOnceGoesToExactlyOne() throws Exception {
        long tribune = ticketType("TRIB", true, 15_000, null, List.of(seatedZone));
        long seat = firstSeat();
        List<String> fans = buyers(64);
        List<Integer> statuses = concurrently(fans, token -> Stack.as(token)
                .body(Map.of("ticketTypeId", tribune, "seatIds", List.of(seat))).post("/holds").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(63, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1, count("select count(*) from event_seat where seat_id = " + seat + " and status = 'HELD'"));
    }

    @Test
    void aQuotaOfOneThousandSellsExactlyOneThousandToTwoHundredConcurrentBuyers() throws Exception {
        // the case, seated so that best available (SKIP LOCKED on seat_rank) races as well as the quota:
        // 1,000 seats in one zone, quota 1,000, 200 buyers released together, each taking 1 to 4 seats and ordering
        // them until SOLD_OUT (stepping down to one seat when fewer are left than asked for)
        long nord = zone(mapping, "NORD", "Tribune Nord", "SEATED", null);
        Stack.as(admin).body(Map.of("rowFrom", 1, "rowTo", 20, "seatFrom", 1, "seatTo", 50))
                .post("/zones/" + nord + "/seats/generate").then().statusCode(200);
        long tribune = ticketType("NORD", true, 5_000, 1_000, List.of(nord));
        List<String> threads = buyers(200);
        java.util.concurrent.atomic.AtomicInteger ordered = new java.util.concurrent.atomic.AtomicInteger();
        long started = System.nanoTime();
        List<Integer> last = concurrently(threads, token -> {
            java.util.Random random = new java.util.Random();
            int wanted = 1 + random.nextInt(4);
            while (true) {
                io.restassured.response.Response hold = Stack.as(token).body(Map.of("ticketTypeId", tribune,
                        "quantity", wanted)).post("/holds");
                if (hold.statusCode() == 409 && "SOLD_OUT".equals(hold.path("code")) && wanted > 1) {
                    wanted = 1; // fewer places left than asked for: take what is left, one by one
                    continue;
                }
                if (hold.statusCode() != 201) {
                    return hold.statusCode() == 409 && "SOLD_OUT".equals(hold.path("code")) ? 409 : hold.statusCode();
                }
                wanted = 1 + random.nextInt(4);
                io.restassured.response.Response order = Stack.as(token)
                        .body(Map.of("holdId", hold.jsonPath().getLong("id"))).post("/orders");
                if (order.statusCode() != 201) {
                    return order.statusCode();
                }
                ordered.addAndGet(order.jsonPath().getList("items").size());
            }
        });
        System.out.printf("SellingIT: 1,000 seats held and ordered by 200 concurrent buyers in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        assertTrue(last.stream().allMatch(s -> s == 409), "every buyer stopped at SOLD_OUT: " + last);
        assertEquals(1_000, ordered.get());
        // unpaid orders keep their places held; held + sold never passed the quota (a check constraint besides)
        Stack.as(admin).get(sale("ticket-types")).then().body("[0].held", equalTo(1_000)).body("[0].sold", equalTo(0))
                .body("[0].available", equalTo(0));
        assertEquals(1_000, count("select count(distinct i.seat_id) from order_item i join ticket_order o "
                + "on o.id = i.order_id where o.event_id = " + event + " and o.status = 'PENDING_PAYMENT'"));
        assertEquals(1_000, count("select count(*) from order_item i join ticket_order o on o.id = i.order_id "
                + "where o.event_id = " + event));
        assertEquals(1_000, count("select count(*) from event_seat es join order_item i on i.seat_id = es.seat_id "
                + "join ticket_order o on o.id = i.order_id and o.hold_id = es.hold_id where es.event_id = " + event
                + " and es.status = 'HELD'"));
    }

    @Test
    void aQuotaOfFiveSellsFiveUnderConcurrencyAndExpiredHoldsComeBack() throws Exception {
        long virage = ticketType("VIR", false, 8_000, 5, List.of(standingZone));
        List<String> fans = buyers(16);
        List<Integer> statuses = concurrently(fans, token -> Stack.as(token)
                .body(Map.of("ticketTypeId", virage, "quantity", 1)).post("/holds").statusCode());
        assertEquals(5, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(11, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        Stack.as(admin).get(sale("ticket-types")).then().body("[0].held", equalTo(5))
                .body("[0].available", equalTo(0));

        // the holds run out: the next fan gets a place without waiting for the timer
        count("update seat_hold set expires_at = now() - interval '1 second' where ticket_type_id = " + virage);
        Stack.as(fan("late")).body(Map.of("ticketTypeId", virage, "quantity", 1)).post("/holds")
                .then().statusCode(201);
        Stack.as(admin).get(sale("ticket-types")).then().body("[0].held", equalTo(1));
    }

    @Test
    void saleRulesRefuseWhatTheyMust() {
        long tribune = ticketType("TRIB", true, 15_000, null, List.of(seatedZone));
        String fan = fan("r");
        Stack.as(fan).body(Map.of("ticketTypeId", tribune, "quantity", 11)).post("/holds")
                .then().statusCode(422).body("code", equalTo("ORDER_LIMIT"));
        Stack.as(fan).body(Map.of("ticketTypeId", tribune)).post("/holds")
                .then().statusCode(422).body("code", equalTo("QUANTITY_REQUIRED"));
        Stack.as(admin).body(Map.of("code", "X", "name", "X", "seated", false, "basePrice", 1_000,
                        "quota", 10_000, "zoneIds", List.of(standingZone))).post(sale("ticket-types"))
                .then().statusCode(422).body("code", equalTo("QUOTA_ABOVE_CAPACITY"));
        Stack.as(fan).body(Map.of("code", "Y", "name", "Y", "seated", false, "basePrice", 1_000,
                "zoneIds", List.of(standingZone))).post(sale("ticket-types")).then().statusCode(403);

        // a derby reserved to residents: a fan outside the group is refused
        long residents = Stack.as(admin).body(Map.of("code", "res-" + suffix, "name", "Résidents", "kind",
                "GEOGRAPHIC")).post("/groups").then().statusCode(201).extract().jsonPath().getLong("id");
        Stack.as(admin).body(Map.of("groupIds", List.of(residents), "maxTicketsPerUser", 2)).put(sale("policy"))
                .then().statusCode(200).body("maxTicketsPerUser", equalTo(2));
        Stack.as(fan).body(Map.of("ticketTypeId", tribune, "quantity", 1)).post("/holds")
                .then().statusCode(403).body("code", equalTo("SALE_RESTRICTED"));
        String residentName = Stack.newUser("resident", PASSWORD, "USER");
        String resident = Stack.token(residentName, PASSWORD);
        Stack.as(admin).body(Map.of("user", residentName)).post("/groups/" + residents + "/members")
                .then().statusCode(200);
        Stack.as(resident).body(Map.of("ticketTypeId", tribune, "quantity", 2)).post("/holds").then().statusCode(201);
        Stack.as(resident).body(Map.of("ticketTypeId", tribune, "quantity", 1)).post("/holds")
                .then().statusCode(422).body("code", equalTo("USER_LIMIT"));
    }

    /** Pays the fan's order on the simulator's page and waits for the webhook; returns Flouci's payment id. */
    private static String payOnSimulator(String fan, long order) throws Exception {
        JsonPath payment = Stack.as(fan).post("/orders/" + order + "/payment").then().statusCode(200).extract()
                .jsonPath();
        io.restassured.RestAssured.given().redirects().follow(false)
                .contentType(io.restassured.http.ContentType.URLENC).formParam("choice", "pay")
                .post(payment.getString("link")).then().statusCode(303);
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"PAID".equals(Stack.as(fan).get("/orders/" + order).then().extract().path("status"))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Stack.as(fan).get("/orders/" + order).then().body("status", equalTo("PAID"));
        return payment.getString("paymentId");
    }

    /**
     * n buyers' tokens, made once for the class: four at a time, with one admin token (an account costs a PBKDF2
     * hash to create and one to log in; 200 of them one by one took minutes).
     */
    private static synchronized List<String> buyers(int n) throws Exception {
        if (BUYERS.size() < n) {
            String staff = Stack.adminToken();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> made = new ArrayList<>();
                for (int i = BUYERS.size(); i < n; i++) {
                    String prefix = "fanc" + i;
                    made.add(pool.submit(() -> {
                        String username = prefix + "-" + Stack.unique();
                        Stack.as(staff).body(Map.of("username", username, "email", username + "@it.entrix.tn",
                                "displayName", prefix, "password", PASSWORD, "roles", List.of("USER")))
                                .post("/users").then().statusCode(201);
                        return Stack.token(username, PASSWORD);
                    }));
                }
                for (Future<String> token : made) {
                    BUYERS.add(token.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
        return BUYERS.subList(0, n);
    }

    private static String fan(String prefix) {
        return Stack.token(Stack.newUser("fan" + prefix, PASSWORD, "USER"), PASSWORD);
    }

    private long ticketType(String code, boolean seated, long price, Integer quota, List<Long> zones) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", code, "seated", seated,
                "basePrice", price, "zoneIds", zones));
        if (quota != null) {
            body.put("quota", quota);
        }
        return Stack.as(admin).body(body).post(sale("ticket-types")).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private String sale(String path) {
        return "/events/" + event + "/sale/" + path;
    }

    private long zone(long mapping, String code, String name, String seating, Integer capacity) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "kind", "SECTOR",
                "seating", seating));
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        return Stack.as(admin).body(body).post("/mappings/" + mapping + "/zones").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private long firstSeat() throws Exception {
        return count("select min(id) from seat where zone_id = " + seatedZone);
    }

    private static long count(String sql) throws Exception {
        try (Connection db = Stack.database(); PreparedStatement q = db.prepareStatement(sql)) {
            if (!sql.startsWith("select")) {
                return q.executeUpdate();
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Runs the call for every token at the same instant (a latch releases them together). */
    private static List<Integer> concurrently(List<String> tokens, java.util.function.Function<String, Integer> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String token : tokens) {
                Callable<Integer> task = () -> {
                    start.await();
                    return call.apply(token);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
