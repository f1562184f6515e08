package tn.entrix.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Venues and cartography over the REST API, against the real EAR and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VenueIT {

    private String admin;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @BeforeEach
    void login() {
        admin = Stack.adminToken();
    }

    @Test
    void venueMappingZonesAnd45000GeneratedSeatsRoundTrip() {
        long venue = venue("Stade " + Stack.unique(), 60_000);
        long mapping = mapping(venue, "Football");
        long stand = zone(mapping, null, "EST", "Tribune Est", "STAND", "SEATED", null);
        long sector = zone(mapping, stand, "E1", "Secteur E1", "SECTOR", "SEATED", null);
        long pit = zone(mapping, null, "PELOUSE", "Pelouse", "PIT", "STANDING", 5000);

        JsonPath generated = Stack.as(admin)
                .body(Map.of("rowFrom", 1, "rowTo", 90, "seatFrom", 1, "seatTo", 500, "numbering", "ODD_EVEN"))
                .post("/zones/" + sector + "/seats/generate")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(45_000, generated.getInt("created"));
        assertEquals(45_000, generated.getInt("zoneCapacity"));
        assertEquals(50_000, generated.getInt("mappingCapacity"));
        System.out.printf("Generated 45,000 seats in %d ms (server-side)%n", generated.getLong("millis"));

        JsonPath view = Stack.as(admin).get("/mappings/" + mapping).then().statusCode(200).extract().jsonPath();
        assertEquals(50_000, view.getInt("effectiveCapacity"));
        assertEquals(45_000, view.getLong("seatCount"));
        assertEquals(3, view.getLong("zoneCount"));

        JsonPath tree = Stack.as(admin).get("/mappings/" + mapping + "/zones").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of("EST", "PELOUSE"), tree.getList("code"));
        assertEquals(45_000, tree.getInt("find { it.code == 'EST' }.capacity"));
        assertEquals(45_000, tree.getInt("find { it.code == 'EST' }.children[0].capacity"));
        assertEquals(5000, tree.getInt("find { it.code == 'PELOUSE' }.capacity"));

        // odd/even: the first row reads 499 497 ... 3 1 | 2 4 ... 500 from left to right
        JsonPath firstRow = Stack.as(admin).queryParam("size", 500).get("/zones/" + sector + "/seats")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(45_000, firstRow.getLong("total"));
        assertEquals(499, firstRow.getInt("items[0].number"));
        assertEquals(1, firstRow.getInt("items[249].number"));
        assertEquals(2, firstRow.getInt("items[250].number"));
        assertEquals(500, firstRow.getInt("items[499].number"));
        assertEquals("E1-1-499", firstRow.getString("items[0].reference"));

        // a killed seat leaves the capacity, all the way up
        long seat = firstRow.getLong("items[0].id");
        Stack.as(admin).body(Map.of("status", "KILL")).put("/seats/" + seat + "/status").then().statusCode(200);
        Stack.as(admin).get("/mappings/" + mapping).then().body("effectiveCapacity", equalTo(49_999));
        Stack.as(admin).get("/venues/" + venue).then().body("mappingCount", equalTo(1));
    }

    @Test
    void aMappingCannotHoldMoreThanItsVenueAndNothingIsHalfWritten() {
        long venue = venue("Petit stade " + Stack.unique(), 1000);
        long mapping = mapping(venue, "Football");
        long sector = zone(mapping, null, "A", "Secteur A", "SECTOR", "SEATED", null);
        Stack.as(admin).body(Map.of("rowFrom", 1, "rowTo", 40, "seatFrom", 1, "seatTo", 50))
                .post("/zones/" + sector + "/seats/generate")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("MAPPING_OVER_CAPACITY"));
        Stack.as(admin).get("/mappings/" + mapping).then().statusCode(200)
                .body("seatCount", equalTo(0)).body("effectiveCapacity", equalTo(0));
        // the same seats twice are refused as a whole
        Stack.as(admin).body(Map.of("rowFrom", 1, "rowTo", 10, "seatFrom", 1, "seatTo", 50))
                .post("/zones/" + sector + "/seats/generate").then().statusCode(200);
        Stack.as(admin).body(Map.of("rowFrom", 10, "rowTo", 11, "seatFrom", 1, "seatTo", 50))
                .post("/zones/" + sector + "/seats/generate")
                .then().statusCode(409).body("code", equalTo("SEATS_EXIST"));
        Stack.as(admin).get("/mappings/" + mapping).then().body("seatCount", equalTo(500));
    }

    @Test
    void deletingAVenueInUseIs409() {
        long venue = venue("Occupé " + Stack.unique(), 10_000);
        long mapping = mapping(venue, "Concert");
        Stack.as(admin).delete("/venues/" + venue)
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("VENUE_IN_USE")).body("mappings", equalTo(1));
        Stack.as(admin).delete("/mappings/" + mapping).then().statusCode(204);
        Stack.as(admin).delete("/venues/" + venue).then().statusCode(204);
        Stack.as(admin).get("/venues/" + venue).then().statusCode(404);
    }

    @Test
    void malformedAndInvalidInputAreProblemsNamingTheField() {
        Stack.as(admin).body("{\"name\": \"Broken\", ").post("/venues")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_JSON"))
                .body(not(containsString("Exception")));
        Stack.as(admin).body(Map.of("name", "", "city", "Tunis", "maxCapacity", -5)).post("/venues")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("maxCapacity"));
        long venue = venue("Enum " + Stack.unique(), 1000);
        long mapping = mapping(venue, "Football");
        Map<String, Object> zone = new HashMap<>(Map.of("code", "Z1", "name", "Z1", "kind", "NOT_A_KIND",
                "seating", "SEATED"));
        Stack.as(admin).body(zone).post("/mappings/" + mapping + "/zones")
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        Stack.as(admin).body(Map.of("rowFrom", 5, "rowTo", 1, "seatFrom", 1, "seatTo", 10))
                .post("/zones/" + zone(mapping, null, "Z2", "Z2", "SECTOR", "SEATED", null) + "/seats/generate")
                .then().statusCode(422).body("code", equalTo("INVALID_ROW_RANGE")).body("errors[0].field",
                        equalTo("rowTo"));
    }

    @Test
    void unknownIdsAre404ProblemsAndStaleEditsAre409() {
        Stack.as(admin).get("/venues/987654321").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("VENUE_NOT_FOUND"));
        Stack.as(admin).get("/mappings/987654321").then().statusCode(404).body("code", equalTo("MAPPING_NOT_FOUND"));
        Stack.as(admin).get("/zones/987654321").then().statusCode(404).body("code", equalTo("ZONE_NOT_FOUND"));

        long venue = venue("Versionné " + Stack.unique(), 2000);
        Map<String, Object> edit = new HashMap<>(Map.of("name", "Renamed", "city", "Bizerte", "maxCapacity", 2500,
                "version", 0));
        Stack.as(admin).body(edit).put("/venues/" + venue).then().statusCode(200).body("version", equalTo(1));
        Stack.as(admin).body(edit).put("/venues/" + venue).then().statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
    }

    @Test
    void aMappingIsCopiedExportedAndImportedWithItsSeatsAndGates() {
        long venue = venue("Copie " + Stack.unique(), 20_000);
        long mapping = mapping(venue, "Football");
        long north = zone(mapping, null, "N", "Nord", "SECTOR", "SEATED", null);
        long pit = zone(mapping, null, "F", "Fosse", "PIT", "STANDING", 3000);
        Stack.as(admin).body(Map.of("rowFrom", 1, "rowTo", 20, "seatFrom", 1, "seatTo", 30, "rowLabels", "LETTERS"))
                .post("/zones/" + north + "/seats/generate").then().statusCode(200);
        Stack.as(admin).body(Map.of("code", "P1", "name", "Porte 1", "kind", "ENTRY", "zoneIds", List.of(north, pit)))
                .post("/mappings/" + mapping + "/access-points").then().statusCode(201)
                .body("zoneCodes", equalTo(List.of("F", "N")));

        JsonPath copy = Stack.as(admin).body(Map.of("name", "Football (copie)"))
                .post("/mappings/" + mapping + "/copy").then().statusCode(201).extract().jsonPath();
        assertEquals(3600, copy.getInt("effectiveCapacity"));
        assertEquals(600, copy.getLong("seatCount"));
        assertEquals(1, copy.getLong("accessPointCount"));

        String document = Stack.as(admin).get("/mappings/" + mapping + "/export").then().statusCode(200)
                .body("zones.find { it.code == 'N' }.seats.size()", equalTo(600))
                .body("zones.find { it.code == 'N' }.seats[0].reference", equalTo("N-A-1"))
                .extract().asString();
        long other = venue("Import " + Stack.unique(), 5000);
        JsonPath imported = Stack.as(admin).body(document).post("/venues/" + other + "/mappings/import")
                .then().statusCode(201).extract().jsonPath();
        assertEquals(3600, imported.getInt("effectiveCapacity"));
        assertEquals(600, imported.getLong("seatCount"));
        JsonPath gates = Stack.as(admin).get("/mappings/" + imported.getLong("id") + "/access-points")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("F", "N"), gates.getList("[0].zoneCodes"));

        // an import that does not fit the target venue creates nothing
        long tiny = venue("Trop petit " + Stack.unique(), 100);
        Stack.as(admin).body(document).post("/venues/" + tiny + "/mappings/import")
                .then().statusCode(422).body("code", equalTo("MAPPING_OVER_CAPACITY"));
        Stack.as(admin).get("/venues/" + tiny + "/mappings").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aGateServesOnlyZonesOfItsOwnMapping() {
        long venue = venue("Portes " + Stack.unique(), 5000);
        long first = mapping(venue, "A");
        long second = mapping(venue, "B");
        long foreign = zone(second, null, "X", "X", "AREA", "STANDING", 100);
        Stack.as(admin).body(Map.of("code", "G", "name", "Gate", "kind", "BOTH", "zoneIds", List.of(foreign)))
                .post("/mappings/" + first + "/access-points")
                .then().statusCode(422).body("code", equalTo("ZONE_NOT_IN_MAPPING"));
    }

    private long venue(String name, int maxCapacity) {
        return Stack.as(admin).body(Map.of("name", name, "city", "Tunis", "maxCapacity", maxCapacity))
                .post("/venues").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long mapping(long venue, String name) {
        return Stack.as(admin).body(Map.of("name", name)).post("/venues/" + venue + "/mappings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long zone(long mapping, Long parent, String code, String name, String kind, String seating,
                      Integer capacity) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "kind", kind, "seating", seating));
        if (parent != null) {
            body.put("parentId", parent);
        }
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        return Stack.as(admin).body(body).post("/mappings/" + mapping + "/zones")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
