package tn.entrix.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo data, as {@code ./entrix up} loads it: the build starts the test stack with {@code --demo} (it/pom.xml), so
 * the application loaded it at deployment. The test classes share one deployment ({@link OneDeployment}) but this
 * one has the EAR deployed again, which runs the loader again; the exact counts below also show that a second load
 * adds nothing and does not fail. Read through the API as the demo's own club administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@OneDeployment.Again
class DemoIT {

    private static final Set<String> CLUBS = Set.of("EST", "CA", "ESS", "CSS", "USM", "ST", "CAB", "USBG", "JSK",
            "ESM", "ASM", "OB", "ESZ", "JSO", "ASS", "EGSG");
    private static final String STADIUM = "Stade Olympique de Radès";
    /** Each demo login and the role it was given; the first SUPERADMIN comes from configuration, not the demo. */
    private static final Map<String, String[]> LOGINS = new LinkedHashMap<>();

    static {
        LOGINS.put("clubadmin", new String[]{"admin12345", "ADMIN"});
        LOGINS.put("steward", new String[]{"steward12345", "BADGECHECKER"});
        LOGINS.put("fan", new String[]{"fan12345", "USER"});
        LOGINS.put("authority", new String[]{"authority12345", "AUTHORITY"});
        LOGINS.put("finance", new String[]{"finance12345", "FINANCE"});
        LOGINS.put("amine.trabelsi", new String[]{"fan12345", "USER"});
        LOGINS.put("mariem.jebali", new String[]{"fan12345", "USER"});
        LOGINS.put("oussama.bouazizi", new String[]{"fan12345", "USER"});
        LOGINS.put("hedi.gharbi", new String[]{"steward12345", "BADGECHECKER"});
        LOGINS.put("salma.mansouri", new String[]{"steward12345", "BADGECHECKER"});
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @Test
    void theLeagueHasSixteenClubsAndItsRivalries() {
        String token = clubAdmin();
        List<Map<String, Object>> clubs = all(token, "/participants").stream()
                .filter(p -> "Ligue 1".equals(p.get("category"))).toList();
        assertEquals(CLUBS, codes(clubs));
        assertEquals(16, clubs.size());
        clubs.forEach(c -> {
            assertEquals("TEAM", c.get("kind"), c.get("code").toString());
            assertEquals("TN", c.get("nationality"), c.get("code").toString());
        });
        Number ca = (Number) clubs.stream().filter(c -> c.get("code").equals("CA")).findFirst().orElseThrow()
                .get("id");
        JsonPath relations = Stack.as(token).get("/participants/" + ca + "/relations").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(5, relations.getInt("find { it.otherCode == 'EST' && it.kind == 'RIVALRY' }.level"));
        // the home club's other rivalries stay below the derby level (3)
        assertEquals(List.of("EST"), relations.getList("findAll { it.kind == 'RIVALRY' && it.level >= 3 }.otherCode"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHomeClubHasFifteenHomeMatchesAtRadesAndOneDerby() {
        String token = clubAdmin();
        JsonPath groups = Stack.as(token).get("/event-groups").then().statusCode(200).extract().jsonPath();
        long season = groups.getLong("find { it.code == 'L1-2026-27' }.id");
        assertEquals("SEASON", groups.getString("find { it.code == 'L1-2026-27' }.kind"));
        assertEquals("Ligue 1 2026-27", groups.getString("find { it.code == 'L1-2026-27' }.name"));
        Map<String, Long> halves = new HashMap<>();
        for (String name : List.of("Phase aller", "Phase retour")) {
            Map<String, Object> half = groups.getMap("find { it.name == '" + name + "' && it.parentId == "
                    + season + " }");
            assertEquals("PHASE", half.get("kind"));
            halves.put(name, ((Number) half.get("id")).longValue());
        }

        List<Map<String, Object>> matches = new ArrayList<>();
        for (long half : halves.values()) {
            matches.addAll(Stack.as(token).queryParam("groupId", half).queryParam("size", 100).get("/events")
                    .then().statusCode(200).extract().jsonPath().getList("items"));
        }
        assertEquals(15, matches.size());
        // and no other event anywhere has the home club at home
        assertEquals(15, all(token, "/events").stream().filter(e -> "CA".equals(homeOf(e))).count());
        assertEquals(8, count(token, halves.get("Phase aller")));
        assertEquals(7, count(token, halves.get("Phase retour")));

        Set<String> opponents = new HashSet<>();
        List<String> derbies = new ArrayList<>();
        Instant now = Instant.now();
        for (Map<String, Object> match : matches) {
            String code = (String) match.get("code");
            assertEquals("FOOTBALL", match.get("kind"), code);
            assertEquals(STADIUM, match.get("venueName"), code);
            assertEquals("Football", match.get("mappingName"), code);
            List<Map<String, Object>> lineup = (List<Map<String, Object>>) match.get("participants");
            assertEquals(2, lineup.size(), code);
            assertEquals("CA", role(lineup, "HOME"), code);
            opponents.add(role(lineup, "AWAY"));
            if ((Boolean) match.get("derby")) {
                derbies.add(code);
            }
            String expected = expectedStatus(Instant.parse((String) match.get("startsAt")),
                    Instant.parse((String) match.get("endsAt")), now);
            if (expected != null) {
                assertEquals(expected, match.get("status"), code + " starting " + match.get("startsAt"));
            }
        }
        Set<String> others = new TreeSet<>(CLUBS);
        others.remove("CA");
        assertEquals(others, new TreeSet<>(opponents));
        assertEquals(List.of("L1-2627-J15-CA-EST"), derbies);

        JsonPath derby = Stack.as(token).get("/events/" + matches.stream()
                .filter(m -> m.get("code").equals("L1-2627-J15-CA-EST")).findFirst().orElseThrow().get("id"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Club Africain – Espérance de Tunis", derby.getString("name"));
        assertEquals("2026-12-06T14:00:00Z", derby.getString("startsAt")); // 15:00 in Tunis
        assertEquals("2026-12-06T11:00:00Z", derby.getString("doorsOpenAt")); // three hours early for a derby
        assertEquals(5, derby.getInt("metadata.security_level"));
        assertEquals(5, derby.getInt("metadata.rivalry"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theConcertUsesTheFortyThousandPlaceConcertMapping() {
        String token = clubAdmin();
        JsonPath events = Stack.as(token).queryParam("from", "2027-07-01T00:00:00Z").queryParam("size", 100)
                .get("/events").then().statusCode(200).extract().jsonPath();
        Map<String, Object> concert = events.getMap("items.find { it.code == 'CONCERT-RADES-2027' }");
        assertEquals("CONCERT", concert.get("kind"));
        assertEquals(STADIUM, concert.get("venueName"));
        assertEquals("Concert", concert.get("mappingName"));
        List<Map<String, Object>> lineup = (List<Map<String, Object>>) concert.get("participants");
        assertEquals("SABER-REBAI", role(lineup, "HEADLINER"));
        assertEquals("EMEL-MATHLOUTHI", role(lineup, "SUPPORT"));
        if (Instant.now().isBefore(Instant.parse((String) concert.get("startsAt")))) {
            assertEquals("ON_SALE", concert.get("status"));
        }

        long mapping = ((Number) concert.get("mappingId")).longValue();
        Stack.as(token).get("/mappings/" + mapping).then().statusCode(200)
                .body("effectiveCapacity", equalTo(40_000));
        JsonPath zones = Stack.as(token).get("/mappings/" + mapping + "/zones").then().statusCode(200).extract()
                .jsonPath();
        assertEquals("PIT", zones.getString("find { it.code == 'FOSSE' }.kind"));
        assertEquals("STANDING", zones.getString("find { it.code == 'FOSSE' }.seating"));
        assertEquals(12_000, zones.getInt("find { it.code == 'FOSSE' }.capacity"));
        Stack.as(token).get("/mappings/" + mapping + "/access-points").then().statusCode(200)
                .body("code", hasItem("P1"));

        // on sale: its ticket types, and a demo fan's quote with the early bird and the promo code
        if ("ON_SALE".equals(concert.get("status"))) {
            JsonPath types = Stack.as(token).get("/events/" + concert.get("id") + "/sale/ticket-types").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(List.of("BALCON-VIP", "FOSSE", "GRADINS-EST"), new TreeSet<>(types.getList("code"))
                    .stream().toList());
            assertEquals(12_000, types.getInt("find { it.code == 'FOSSE' }.quota"));
            long fosse = types.getLong("find { it.code == 'FOSSE' }.id");
            JsonPath quote = Stack.as(Stack.token("fan", "fan12345"))
                    .get("/holds/quote?ticketTypeId=" + fosse + "&quantity=1&promoCode=RADES10").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(60_000, quote.getInt("subtotal"));
            assertEquals(45_000, quote.getInt("total")); // 60.000 - 10.000 early bird, then 10 %
        }
    }

    @Test
    void everyDemoUserLogsInAndEveryRoleHasAUser() throws Exception {
        for (Map.Entry<String, String[]> login : LOGINS.entrySet()) {
            String token = Stack.token(login.getKey(), login.getValue()[0]);
            Stack.as(token).get("/auth/me").then().statusCode(200)
                    .body("username", equalTo(login.getKey()))
                    .body("roles", hasItem(login.getValue()[1]));
        }
        Stack.as(Stack.adminToken()).get("/auth/me").then().statusCode(200).body("roles", hasItem("SUPERADMIN"));

        Map<String, Integer> users = new HashMap<>();
        try (Connection db = Stack.database(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select ur.role, count(*) from user_role ur join app_user u "
                     + "on u.id = ur.user_id where u.status = 'ACTIVE' group by ur.role")) {
            while (rows.next()) {
                users.put(rows.getString(1), rows.getInt(2));
            }
        }
        for (String role : List.of("USER", "BADGECHECKER", "ADMIN", "SUPERADMIN", "AUTHORITY", "FINANCE")) {
            assertTrue(users.getOrDefault(role, 0) >= 1, role + " has a user: " + users);
        }
    }

    /**
     * The status a match was given at load time (over → DONE, within 30 days → ON_SALE, within 60 → PUBLISHED,
     * later → DRAFT), or null near a boundary: the data was loaded at the first deployment, minutes before this test.
     */
    private static String expectedStatus(Instant start, Instant end, Instant now) {
        Duration margin = Duration.ofHours(1);
        if (end.isBefore(now.minus(margin))) {
            return "DONE";
        }
        if (start.isBefore(now.plus(margin))) {
            return null;
        }
        if (start.isBefore(now.plus(Duration.ofDays(30)).minus(margin))) {
            return "ON_SALE";
        }
        if (start.isAfter(now.plus(Duration.ofDays(30)).plus(margin))
                && start.isBefore(now.plus(Duration.ofDays(60)).minus(margin))) {
            return "PUBLISHED";
        }
        return start.isAfter(now.plus(Duration.ofDays(60)).plus(margin)) ? "DRAFT" : null;
    }

    private static String clubAdmin() {
        return Stack.token("clubadmin", "admin12345");
    }

    /** Every item of a paged list. */
    private static List<Map<String, Object>> all(String token, String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = Stack.as(token).queryParam("page", page).queryParam("size", 500).get(path)
                    .then().statusCode(200).extract().jsonPath();
            items.addAll(body.getList("items"));
            if (items.size() >= body.getLong("total") || body.getList("items").isEmpty()) {
                return items;
            }
        }
    }

    private static long count(String token, long group) {
        return Stack.as(token).get("/event-groups/" + group).then().statusCode(200).extract().jsonPath()
                .getLong("eventCount");
    }

    private static Set<String> codes(List<Map<String, Object>> participants) {
        Set<String> codes = new HashSet<>();
        participants.forEach(p -> codes.add((String) p.get("code")));
        return codes;
    }

    @SuppressWarnings("unchecked")
    private static String homeOf(Map<String, Object> event) {
        return ((List<Map<String, Object>>) event.get("participants")).stream()
                .filter(l -> "HOME".equals(l.get("role"))).map(l -> (String) l.get("code")).findFirst().orElse(null);
    }

    private static String role(List<Map<String, Object>> lineup, String role) {
        return lineup.stream().filter(l -> role.equals(l.get("role"))).map(l -> (String) l.get("code"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + role + " in " + lineup));
    }
}
