package tn.entrix.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The blacklist end to end: bans by account and by CIN, their scopes (all events, a club's, one event), the
 * reinforced level that an event switches on, lifting and dates; the sale refusing a banned fan with a 403 BANNED
 * that writes nothing; who may manage bans; and the HIGH audit rows of creating, lifting and every hit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BlacklistIT {

    private static final String PASSWORD = "Stade-Olympique-1";

    private String admin;
    private String suffix;
    private long club;
    private long event;
    private long otherEvent;
    private long standing;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @BeforeEach
    void arrange() {
        admin = Stack.adminToken();
        suffix = Stack.unique().substring(0, 6).toUpperCase();
        long venue = Stack.as(admin).body(Map.of("name", "Stade " + suffix, "city", "Bizerte", "maxCapacity", 5_000))
                .post("/venues").then().statusCode(201).extract().jsonPath().getLong("id");
        long mapping = Stack.as(admin).body(Map.of("name", "Football")).post("/venues/" + venue + "/mappings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long zone = Stack.as(admin).body(Map.of("code", "VIR", "name", "Virage", "kind", "SECTOR",
                        "seating", "STANDING", "capacity", 500)).post("/mappings/" + mapping + "/zones")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        club = participant("H");
        long otherClub = participant("O");
        event = onSale(mapping, "M", club, "2027-03-14T15:00:00Z");
        otherEvent = onSale(mapping, "N", otherClub, "2027-03-21T15:00:00Z");
        standing = Stack.as(admin).body(Map.of("code", "VIR", "name", "Virage", "seated", false, "basePrice", 10_000,
                        "quota", 100, "zoneIds", List.of(zone))).post("/events/" + event + "/sale/ticket-types")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aBanByAccountRefusesTheSaleWritesNothingAndAuditsTheHitHigh() throws Exception {
        String fan = Stack.newUser("banned", PASSWORD, "USER");
        long user = userId(fan);
        long ban = ban(Map.of("userId", user, "reason", "Violences au stade", "source", "COURT_ORDER",
                "scope", "ALL_EVENTS"));

        JsonPath view = Stack.as(admin).get("/bans/" + ban).then().statusCode(200).extract().jsonPath();
        assertTrue(view.getBoolean("active"));
        assertEquals(fan, view.getString("username"));
        assertEquals("STANDARD", view.getString("level"));
        assertTrue(banned(user, event));
        assertTrue(banned(user, otherEvent));
        Stack.as(admin).get("/bans/banned-users?eventId=" + event).then().statusCode(200)
                .body("", hasItem((int) user));

        String token = Stack.token(fan, PASSWORD);
        Stack.as(token).body(Map.of("ticketTypeId", standing, "quantity", 2)).post("/holds").then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("BANNED"));
        assertEquals(0, Stack.count("select count(*) from seat_hold where user_id = " + user));
        assertEquals(0, Stack.count("select held from ticket_type where id = " + standing));

        assertEquals(1, audit(ban, "BAN_CREATED"));
        assertEquals(1, audit(ban, "BAN_HIT"), "the refused hold's hit is on record although the hold rolled back");
        assertEquals(1, Stack.count("select count(*) from audit_log where entity_type = 'Ban' and entity_id = '"
                + ban + "' and action = 'BAN_HIT' and actor = '" + fan + "' and details like '%PURCHASE%'"));
        // a fan who is not banned buys as usual
        String other = Stack.token(Stack.newUser("free", PASSWORD, "USER"), PASSWORD);
        Stack.as(other).body(Map.of("ticketTypeId", standing, "quantity", 1)).post("/holds").then().statusCode(201);
    }

    @Test
    void aBanByCinHitsTheAccountWhoseProfileCarriesIt() throws Exception {
        String cin = cin();
        String fan = Stack.newUser("cin", PASSWORD, "USER");
        long user = userId(fan);
        long bystander = userId(Stack.newUser("nocin", PASSWORD, "USER"));
        Stack.as(Stack.token(fan, PASSWORD)).body(Map.of("nationalId", cin)).put("/me").then().statusCode(200);

        assertFalse(banned(user, event));
        long ban = ban(Map.of("nationalId", " " + cin + " ", "reason", "Décision fédérale", "source", "FEDERATION",
                "scope", "ALL_EVENTS"));
        JsonPath view = Stack.as(admin).get("/bans/" + ban).then().statusCode(200).extract().jsonPath();
        assertEquals(cin, view.getString("nationalId"), "kept as the profile keeps it");
        assertEquals(fan, view.getString("cinUsername"));
        assertTrue(banned(user, event));
        assertFalse(banned(bystander, event));
        Stack.as(admin).get("/bans/banned-users?eventId=" + event).then().statusCode(200)
                .body("", hasItem((int) user)).body("", not(hasItem((int) bystander)));
        // found by the user, by the CIN, by text
        Stack.as(admin).get("/bans?userId=" + user).then().statusCode(200).body("items.id", hasItem((int) ban));
        Stack.as(admin).get("/bans?nationalId=" + cin).then().statusCode(200).body("items.id", hasItem((int) ban));
        Stack.as(admin).get("/bans?q=" + cin.substring(0, 6)).then().statusCode(200)
                .body("items.id", hasItem((int) ban));
        Stack.as(Stack.token(fan, PASSWORD)).body(Map.of("ticketTypeId", standing, "quantity", 1)).post("/holds")
                .then().statusCode(403).body("code", equalTo("BANNED"));
    }

    @Test
    void aClubBanCoversTheClubsEventsAndAnEventBanOnlyItsEvent() throws Exception {
        long clubFan = userId(Stack.newUser("clubban", PASSWORD, "USER"));
        ban(Map.of("userId", clubFan, "reason", "Décision du club", "source", "CLUB_DECISION", "scope", "CLUB",
                "clubId", club));
        assertTrue(banned(clubFan, event), "the club plays at home");
        assertFalse(banned(clubFan, otherEvent), "another club's home match");

        long eventFan = userId(Stack.newUser("eventban", PASSWORD, "USER"));
        long ban = ban(Map.of("userId", eventFan, "reason", "Un match", "source", "CLUB_DECISION", "scope", "EVENT",
                "eventId", otherEvent));
        assertFalse(banned(eventFan, event));
        assertTrue(banned(eventFan, otherEvent));
        Stack.as(admin).get("/bans?eventId=" + otherEvent).then().statusCode(200).body("items.id", hasItem((int) ban));
        Stack.as(admin).get("/bans?eventId=" + event).then().statusCode(200)
                .body("items.id", not(hasItem((int) ban)));
    }

    @Test
    void aReinforcedBanAppliesOnlyOnceTheEventSwitchesItsReinforcedBlacklistOn() throws Exception {
        long user = userId(Stack.newUser("reinforced", PASSWORD, "USER"));
        long ban = ban(Map.of("userId", user, "reason", "Fumigènes", "source", "CLUB_DECISION",
                "scope", "ALL_EVENTS", "level", "REINFORCED"));
        JsonPath current = Stack.as(admin).get("/events/" + event).then().statusCode(200).extract().jsonPath();
        assertFalse(current.getBoolean("blacklistReinforced"), "not a derby: off by default");
        assertFalse(banned(user, event));
        Stack.as(admin).get("/bans/banned-users?eventId=" + event).then().body("", not(hasItem((int) user)));

        Map<String, Object> body = new HashMap<>(Map.of("code", current.getString("code"),
                "name", current.getString("name"), "kind", "FOOTBALL", "mappingId", current.getLong("mappingId"),
                "startsAt", current.getString("startsAt"), "endsAt", current.getString("endsAt"),
                "participants", List.of(Map.of("participantId", club, "role", "HOME")),
                "version", current.getLong("version"), "blacklistReinforced", true));
        Stack.as(admin).body(body).put("/events/" + event).then().statusCode(200)
                .body("blacklistReinforced", equalTo(true));
        JsonPath check = Stack.as(admin).get("/bans/check?userId=" + user + "&eventId=" + event).then()
                .statusCode(200).extract().jsonPath();
        assertTrue(check.getBoolean("banned"));
        assertEquals(ban, check.getLong("match.banId"));
        assertEquals("REINFORCED", check.getString("match.level"));
        assertEquals("CLUB_DECISION", check.getString("match.source"));
        assertFalse(banned(user, otherEvent), "the other event is not reinforced");
        assertEquals(1, Stack.count("select count(*) from audit_log where entity_type = 'Event' and entity_id = '"
                + event + "' and action = 'EVENT_BLACKLIST_REINFORCED' and severity = 'HIGH'"));
        // an update that says nothing about it keeps it
        body.remove("blacklistReinforced");
        body.put("version", Stack.as(admin).get("/events/" + event).then().extract().jsonPath().getLong("version"));
        Stack.as(admin).body(body).put("/events/" + event).then().statusCode(200)
                .body("blacklistReinforced", equalTo(true));
    }

    @Test
    void liftedEndedAndFutureBansDoNotHitNow() throws Exception {
        long user = userId(Stack.newUser("lifted", PASSWORD, "USER"));
        long ban = ban(Map.of("userId", user, "reason", "Erreur d'identité", "source", "CLUB_DECISION",
                "scope", "ALL_EVENTS"));
        assertTrue(banned(user, event));
        Stack.as(admin).body(Map.of("reason", "Recours accepté")).post("/bans/" + ban + "/lift").then()
                .statusCode(200).body("active", equalTo(false)).body("liftReason", equalTo("Recours accepté"))
                .body("liftedBy", equalTo(Stack.adminUsername()));
        assertFalse(banned(user, event));
        Stack.as(admin).body(Map.of("reason", "Encore")).post("/bans/" + ban + "/lift").then().statusCode(409)
                .body("code", equalTo("BAN_ALREADY_LIFTED"));
        Stack.as(admin).body(Map.of("reason", " ")).post("/bans/" + ban + "/lift").then().statusCode(422);
        Stack.as(admin).body(Map.of("reason", "x")).post("/bans/999999999/lift").then().statusCode(404)
                .body("code", equalTo("BAN_NOT_FOUND"));
        assertEquals(1, audit(ban, "BAN_LIFTED"));
        // never deleted: still listed, among the inactive ones
        Stack.as(admin).get("/bans?active=false&userId=" + user).then().statusCode(200)
                .body("items.id", hasItem((int) ban));
        Stack.as(admin).get("/bans?active=true&userId=" + user).then().statusCode(200).body("total", equalTo(0));

        long ended = userId(Stack.newUser("ended", PASSWORD, "USER"));
        ban(Map.of("userId", ended, "reason", "Ancienne", "source", "FEDERATION", "scope", "ALL_EVENTS",
                "startsAt", "2020-01-01T00:00:00Z", "endsAt", "2021-01-01T00:00:00Z"));
        assertFalse(banned(ended, event));
        long future = userId(Stack.newUser("future", PASSWORD, "USER"));
        ban(Map.of("userId", future, "reason", "À venir", "source", "FEDERATION", "scope", "ALL_EVENTS",
                "startsAt", "2030-01-01T00:00:00Z"));
        assertFalse(banned(future, event));
        Stack.as(admin).get("/bans/check?userId=" + future + "&eventId=" + event + "&at=2030-06-01T00:00:00Z")
                .then().statusCode(200).body("banned", equalTo(true));
    }

    @Test
    void aFanBannedAfterTheHoldCannotOrderAndTheHoldIsLeftAsItWas() throws Exception {
        String fan = Stack.newUser("late", PASSWORD, "USER");
        long user = userId(fan);
        String token = Stack.token(fan, PASSWORD);
        long hold = Stack.as(token).body(Map.of("ticketTypeId", standing, "quantity", 2)).post("/holds").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long ban = ban(Map.of("userId", user, "reason", "Signalé", "source", "CLUB_DECISION", "scope", "EVENT",
                "eventId", event));
        Stack.as(token).body(Map.of("holdId", hold)).post("/orders").then().statusCode(403)
                .body("code", equalTo("BANNED"));
        assertEquals(0, Stack.count("select count(*) from ticket_order where user_id = " + user));
        assertEquals(1, Stack.count("select count(*) from seat_hold where id = " + hold + " and status = 'ACTIVE'"));
        assertEquals(1, audit(ban, "BAN_HIT"));
    }

    @Test
    void onlyStaffManageBansAndBadInputIsAProblemWithItsCode() throws Exception {
        String fan = Stack.token(Stack.newUser("fan", PASSWORD, "USER"), PASSWORD);
        String steward = Stack.token(Stack.newUser("steward", PASSWORD, "BADGECHECKER"), PASSWORD);
        String authority = Stack.token(Stack.newUser("prefecture", PASSWORD, "AUTHORITY"), PASSWORD);
        long target = userId(Stack.newUser("target", PASSWORD, "USER"));
        Map<String, Object> body = Map.of("userId", target, "reason", "Test", "source", "COURT_ORDER",
                "scope", "ALL_EVENTS");
        for (String caller : List.of(fan, steward, authority)) {
            Stack.as(caller).body(body).post("/bans").then().statusCode(403);
        }
        long ban = ban(body);
        for (String caller : List.of(fan, steward)) {
            Stack.as(caller).get("/bans").then().statusCode(403);
            Stack.as(caller).get("/bans/" + ban).then().statusCode(403);
            Stack.as(caller).get("/bans/check?userId=" + target + "&eventId=" + event).then().statusCode(403);
            Stack.as(caller).body(Map.of("reason", "x")).post("/bans/" + ban + "/lift").then().statusCode(403);
        }
        Stack.as(authority).get("/bans/" + ban).then().statusCode(200);
        Stack.as(authority).get("/bans?active=true").then().statusCode(200);
        Stack.as(authority).body(Map.of("reason", "x")).post("/bans/" + ban + "/lift").then().statusCode(403);

        problem(Map.of("reason", "x", "source", "COURT_ORDER", "scope", "ALL_EVENTS"), 400, "BAN_IDENTITY_REQUIRED");
        problem(Map.of("userId", target, "reason", "x", "source", "COURT_ORDER", "scope", "EVENT"), 400,
                "BAN_SCOPE_TARGET");
        problem(Map.of("userId", target, "reason", "x", "source", "COURT_ORDER", "scope", "ALL_EVENTS",
                "eventId", event), 400, "BAN_SCOPE_TARGET");
        problem(Map.of("userId", target, "reason", "x", "source", "COURT_ORDER", "scope", "ALL_EVENTS",
                "startsAt", "2027-01-02T00:00:00Z", "endsAt", "2027-01-01T00:00:00Z"), 400, "BAN_DATES_INVALID");
        problem(Map.of("nationalId", "12ab", "reason", "x", "source", "COURT_ORDER", "scope", "ALL_EVENTS"), 422,
                "VALIDATION_FAILED");
        problem(Map.of("userId", target, "source", "COURT_ORDER", "scope", "ALL_EVENTS"), 422, "VALIDATION_FAILED");
        problem(Map.of("username", "nobody-" + suffix, "reason", "x", "source", "COURT_ORDER",
                "scope", "ALL_EVENTS"), 422, "USER_UNKNOWN");
        Stack.as(admin).get("/bans/check?userId=" + target).then().statusCode(400)
                .body("code", equalTo("CHECK_PARAMS_REQUIRED"));
        Stack.as(admin).get("/bans/check?userId=" + target + "&eventId=" + event + "&at=yesterday").then()
                .statusCode(400).body("code", equalTo("INVALID_INSTANT"));
        Stack.as(admin).get("/bans/999999999").then().statusCode(404).body("code", equalTo("BAN_NOT_FOUND"));
    }

    @Test
    void theDemoHasACourtOrderAndAReinforcedBanForTheDerby() throws Exception {
        long karim = userId("karim.bannani");
        JsonPath bans = Stack.as(admin).get("/bans?active=true&userId=" + karim).then().statusCode(200).extract()
                .jsonPath();
        assertEquals("COURT_ORDER", bans.getString("items[0].source"));
        assertEquals("ALL_EVENTS", bans.getString("items[0].scope"));
        long derby = Stack.count("select id from event where code = 'L1-2627-J15-CA-EST'");
        assertEquals(1, Stack.count("select count(*) from event where id = " + derby + " and blacklist_reinforced"),
                "a derby's reinforced blacklist is on");
        JsonPath check = Stack.as(admin).get("/bans/check?userId=" + userId("mariem.jebali") + "&eventId=" + derby)
                .then().statusCode(200).extract().jsonPath();
        assertTrue(check.getBoolean("banned"));
        assertEquals("REINFORCED", check.getString("match.level"));
    }

    private long ban(Map<String, Object> body) {
        return Stack.as(admin).body(body).post("/bans").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void problem(Map<String, Object> body, int status, String code) {
        Stack.as(admin).body(body).post("/bans").then().statusCode(status)
                .contentType(startsWith("application/problem+json")).body("code", equalTo(code));
    }

    private boolean banned(long user, long onEvent) {
        return Stack.as(admin).get("/bans/check?userId=" + user + "&eventId=" + onEvent).then().statusCode(200)
                .extract().jsonPath().getBoolean("banned");
    }

    private static long audit(long ban, String action) throws Exception {
        return Stack.count("select count(*) from audit_log where entity_type = 'Ban' and entity_id = '" + ban
                + "' and action = '" + action + "' and severity = 'HIGH'");
    }

    private static long userId(String username) throws Exception {
        return Stack.count("select id from app_user where username = '" + username + "'");
    }

    /** A CIN no other test uses: 05 and six random digits (IdentityIT takes 10000000 and up, the demo 07...). */
    private static String cin() {
        return String.format("05%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private long participant(String prefix) {
        return Stack.as(admin).body(Map.of("code", prefix + suffix, "name", "Club " + prefix + suffix,
                "kind", "TEAM")).post("/participants").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long onSale(long mapping, String prefix, long home, String startsAt) {
        Map<String, Object> body = new HashMap<>(Map.of("code", prefix + suffix, "name", "Match " + prefix + suffix,
                "kind", "FOOTBALL", "mappingId", mapping, "startsAt", startsAt,
                "endsAt", startsAt.replace("T15:", "T17:"),
                "participants", List.of(Map.of("participantId", home, "role", "HOME"))));
        long id = Stack.as(admin).body(body).post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String status : List.of("PUBLISHED", "ON_SALE")) {
            Stack.as(admin).body(Map.of("status", status)).put("/events/" + id + "/status").then().statusCode(200);
        }
        return id;
    }
}
