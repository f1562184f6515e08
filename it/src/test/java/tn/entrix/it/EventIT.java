package tn.entrix.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Participants, rivalries and derbies, event life cycle, postponement, the season calendar import. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventIT {

    private String admin;
    private String suffix;
    private long mapping;
    private String venueSlug;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @BeforeEach
    void arrange() {
        admin = Stack.adminToken();
        suffix = Stack.unique().substring(0, 4).toUpperCase();
        venueSlug = "stade-" + suffix.toLowerCase();
        long venue = Stack.as(admin).body(Map.of("name", "Stade " + suffix, "slug", venueSlug, "city", "Tunis",
                "maxCapacity", 30_000)).post("/venues").then().statusCode(201).extract().jsonPath().getLong("id");
        mapping = Stack.as(admin).body(Map.of("name", "Football")).post("/venues/" + venue + "/mappings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aMatchBetweenRivalsIsADerbyAndPostponingKeepsItsData() {
        long ca = team("CA" + suffix, "Club Africain");
        long est = team("EST" + suffix, "Espérance de Tunis");
        Stack.as(admin).body(Map.of("otherId", est, "kind", "RIVALRY", "level", 5))
                .put("/participants/" + ca + "/relations").then().statusCode(200);

        Map<String, Object> body = new HashMap<>(Map.of("code", "DERBY" + suffix, "name", "CA – EST",
                "kind", "FOOTBALL", "mappingId", mapping, "startsAt", "2026-09-13T15:00:00Z",
                "endsAt", "2026-09-13T17:00:00Z",
                "participants", List.of(Map.of("participantId", ca, "role", "HOME"),
                        Map.of("participantId", est, "role", "AWAY")),
                "metadata", Map.of("security_level", 5)));
        JsonPath created = Stack.as(admin).body(body).post("/events").then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        assertEquals(true, created.getBoolean("derby"));
        assertEquals("DRAFT", created.getString("status"));
        assertEquals("2026-09-13T13:00:00Z", created.getString("doorsOpenAt"));

        Stack.as(admin).body(Map.of("status", "ON_SALE")).put("/events/" + id + "/status")
                .then().statusCode(409).body("code", equalTo("INVALID_STATUS_CHANGE"));
        Stack.as(admin).body(Map.of("status", "PUBLISHED")).put("/events/" + id + "/status").then().statusCode(200);
        Stack.as(admin).body(Map.of("status", "ON_SALE")).put("/events/" + id + "/status").then().statusCode(200);

        JsonPath postponed = Stack.as(admin).body(Map.of("startsAt", "2026-09-20T18:00:00Z",
                        "endsAt", "2026-09-20T20:00:00Z")).post("/events/" + id + "/postpone")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("POSTPONED", postponed.getString("status"));
        assertEquals("2026-09-20T18:00:00Z", postponed.getString("startsAt"));
        assertEquals(List.of("HOME", "AWAY"), postponed.getList("participants.role"));
        assertEquals(mapping, postponed.getLong("mappingId"));
        assertEquals(true, postponed.getBoolean("derby"));
        assertEquals(5, postponed.getInt("metadata.security_level"));

        // a mapping used by an event cannot be deleted
        Stack.as(admin).delete("/mappings/" + mapping).then().statusCode(409).body("code", equalTo("MAPPING_IN_USE"));
    }

    @Test
    void aSeasonCsvWithOneBadLineImportsNothingAndNamesTheLine() {
        String home = "H" + suffix;
        String away = "A" + suffix;
        String other = "O" + suffix;
        team(home, "Home " + suffix);
        team(away, "Away " + suffix);
        team(other, "Other " + suffix);
        long season = Stack.as(admin).body(Map.of("code", "L1-" + suffix, "name", "Ligue 1 " + suffix,
                "kind", "SEASON", "startsOn", "2026-08-01", "endsOn", "2027-05-31"))
                .post("/event-groups").then().statusCode(201).extract().jsonPath().getLong("id");
        String good = "date,home,away,venue,mapping\n"
                + "2026-08-09 16:00," + home + "," + away + "," + venueSlug + ",Football\n"
                + "2026-08-16 17:30," + home + "," + other + "," + venueSlug + ",Football\n";
        String bad = good + "2026-08-23 16:00," + home + ",NOBODY," + venueSlug + ",Football\n";

        Stack.as(admin).contentType("text/csv").body(bad).post("/event-groups/" + season + "/calendar")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("CALENDAR_INVALID"))
                .body("lines[0].line", equalTo(4))
                .body("lines[0].message", containsString("NOBODY"));
        Stack.as(admin).get("/event-groups/" + season).then().body("eventCount", equalTo(0));

        Stack.as(admin).contentType("text/csv").body(good).post("/event-groups/" + season + "/calendar")
                .then().statusCode(200).body("created", equalTo(2));
        JsonPath events = Stack.as(admin).queryParam("groupId", season).get("/events").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, events.getInt("total"));
        // 16:00 in Tunis (UTC+1) is 15:00 UTC
        assertEquals("2026-08-09T15:00:00Z", events.getString("items[0].startsAt"));
    }

    @Test
    void theListFiltersOnlyOnWhatIsGivenAndSortsOnTheServer() {
        long group = Stack.as(admin).body(Map.of("code", "CUP-" + suffix, "name", "Coupe " + suffix,
                "kind", "TOURNAMENT")).post("/event-groups").then().statusCode(201).extract().jsonPath().getLong("id");
        event("B" + suffix, "Finale " + suffix, "FOOTBALL", group, "2026-11-01T15:00:00Z");
        event("A" + suffix, "Demi-finale " + suffix, "FOOTBALL", group, "2026-10-01T15:00:00Z");
        long concert = event("C" + suffix, "Concert " + suffix, "CONCERT", null, "2026-10-15T19:00:00Z");
        Stack.as(admin).body(Map.of("status", "PUBLISHED")).put("/events/" + concert + "/status")
                .then().statusCode(200);

        // text alone (on code, name or venue), then with each other filter; no filter given is no condition
        assertEquals(List.of("A" + suffix, "C" + suffix, "B" + suffix), codes(Map.of("q", suffix)));
        assertEquals(List.of("A" + suffix, "C" + suffix, "B" + suffix), codes(Map.of("q", "stade " + suffix)));
        assertEquals(List.of("C" + suffix), codes(Map.of("q", suffix, "kind", "CONCERT")));
        assertEquals(List.of("C" + suffix), codes(Map.of("q", suffix, "status", "PUBLISHED")));
        assertEquals(List.of("A" + suffix, "B" + suffix), codes(Map.of("groupId", group)));
        assertEquals(List.of("C" + suffix), codes(Map.of("q", suffix, "from", "2026-10-10T00:00:00Z",
                "to", "2026-10-31T00:00:00Z")));
        // server-side orders
        assertEquals(List.of("B" + suffix, "C" + suffix, "A" + suffix), codes(Map.of("q", suffix, "desc", true)));
        assertEquals(List.of("C" + suffix, "A" + suffix, "B" + suffix), codes(Map.of("q", suffix, "sort", "NAME")));
        assertEquals(List.of("A" + suffix, "B" + suffix, "C" + suffix), codes(Map.of("q", suffix, "sort", "CODE")));
        // a text with LIKE's own characters is taken literally
        assertEquals(List.of(), codes(Map.of("q", suffix + "%")));
        // paging
        JsonPath second = Stack.as(admin).queryParams(Map.of("q", suffix, "size", 2, "page", 1)).get("/events")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(3, second.getInt("total"));
        assertEquals(List.of("B" + suffix), second.getList("items.code"));
    }

    private long event(String code, String name, String kind, Long group, String start) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "kind", kind,
                "mappingId", mapping, "startsAt", start,
                "endsAt", java.time.Instant.parse(start).plusSeconds(7_200).toString()));
        if (group != null) {
            body.put("groupId", group);
        }
        return Stack.as(admin).body(body).post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private List<String> codes(Map<String, ?> query) {
        return Stack.as(admin).queryParams(query).get("/events").then().statusCode(200).extract().jsonPath()
                .getList("items.code");
    }

    @Test
    void aFanCannotCreateEventsAndBadInputIsAProblem() {
        String fan = Stack.newUser("fan", "fan-password-1", "USER");
        Stack.as(Stack.token(fan, "fan-password-1")).body(Map.of("code", "X", "name", "X", "kind", "FOOTBALL",
                        "mappingId", mapping, "startsAt", "2026-09-13T15:00:00Z", "endsAt", "2026-09-13T17:00:00Z"))
                .post("/events").then().statusCode(403);
        Stack.as(admin).body(Map.of("code", "BAD" + suffix, "name", "Bad dates", "kind", "FOOTBALL",
                        "mappingId", mapping, "startsAt", "2026-09-13T15:00:00Z", "endsAt", "2026-09-13T14:00:00Z"))
                .post("/events").then().statusCode(422).body("code", equalTo("INVALID_DATES"))
                .body("errors[0].field", equalTo("endsAt"));
        Stack.as(admin).get("/events/987654321").then().statusCode(404).body("code", equalTo("EVENT_NOT_FOUND"));
        Stack.as(admin).queryParam("from", "yesterday").get("/events").then().statusCode(400)
                .body("code", equalTo("INVALID_INSTANT"));
    }

    private long team(String code, String name) {
        return Stack.as(admin).body(Map.of("code", code, "name", name, "kind", "TEAM", "nationality", "TN"))
                .post("/participants").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
