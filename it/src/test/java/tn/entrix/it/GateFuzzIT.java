package tn.entrix.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 100,000 codes that are not genuine — random bytes of every length, random text, and genuine codes with one bit
 * flipped anywhere — scanned at a gate: not one admitted, not one server error, each answered with a decision.
 * The genuine codes still open afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GateFuzzIT {

    private static final String PASSWORD = "Stade-Olympique-1";
    /** The 100,000; {@code -Dentrix.it.fuzz.codes=N} for a quick local run. */
    private static final int CODES = Integer.getInteger("entrix.it.fuzz.codes", 100_000);
    private static final int THREADS = 16;
    private static final Pattern DECISION = Pattern.compile("\"decision\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern REASON = Pattern.compile("\"reason\"\\s*:\\s*\"([A-Z_]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @Test
    void noRandomOrBitFlippedCodeIsAdmittedAndNoneBreaksTheServer() throws Exception {
        String admin = Stack.adminToken();
        String suffix = Stack.unique().substring(0, 6).toUpperCase();
        long venue = Stack.as(admin).body(Map.of("name", "Fuzz " + suffix, "city", "Sfax", "maxCapacity", 1_000))
                .post("/venues").then().statusCode(201).extract().jsonPath().getLong("id");
        long mapping = Stack.as(admin).body(Map.of("name", "Football")).post("/venues/" + venue + "/mappings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long zone = Stack.as(admin).body(Map.of("code", "EST", "name", "Tribune Est", "kind", "SECTOR",
                        "seating", "SEATED")).post("/mappings/" + mapping + "/zones").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Stack.as(admin).body(Map.of("rowFrom", 1, "rowTo", 2, "seatFrom", 1, "seatTo", 10))
                .post("/zones/" + zone + "/seats/generate").then().statusCode(200);
        long point = Stack.as(admin).body(Map.of("code", "P1", "name", "Porte 1", "kind", "ENTRY",
                "zoneIds", List.of(zone))).post("/mappings/" + mapping + "/access-points").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>(Map.of("code", "F" + suffix, "name", "Fuzz " + suffix,
                "kind", "FOOTBALL", "mappingId", mapping, "startsAt", now.plus(Duration.ofHours(1)).toString(),
                "endsAt", now.plus(Duration.ofHours(3)).toString(),
                "doorsOpenAt", now.minus(Duration.ofHours(1)).toString()));
        long event = Stack.as(admin).body(body).post("/events").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        for (String status : List.of("PUBLISHED", "ON_SALE")) {
            Stack.as(admin).body(Map.of("status", status)).put("/events/" + event + "/status").then().statusCode(200);
        }
        long type = Stack.as(admin).body(Map.of("code", "EST", "name", "Est", "seated", true, "basePrice", 10_000,
                        "zoneIds", List.of(zone))).post("/events/" + event + "/sale/ticket-types")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String fanName = Stack.newUser("fan", PASSWORD, "USER");
        String fan = Stack.token(fanName, PASSWORD);
        long hold = Stack.as(fan).body(Map.of("ticketTypeId", type, "quantity", 4)).post("/holds").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long order = Stack.as(fan).body(Map.of("holdId", hold)).post("/orders").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Stack.as(admin).post("/events/" + event + "/sale/orders/" + order + "/box-office-payment?receipt=F" + suffix)
                .then().statusCode(200).body("status", equalTo("PAID"));
        List<String> genuine = Stack.as(fan).get("/access-rights").then().statusCode(200).extract().jsonPath()
                .getList("token");
        String steward = Stack.token(Stack.newUser("steward", PASSWORD, "BADGECHECKER"), PASSWORD);
        JsonPath enrolled = Stack.as(admin).body(Map.of("name", "Fuzz " + suffix, "accessPointIds", List.of(point),
                "eventIds", List.of(event))).post("/devices").then().statusCode(201).extract().jsonPath();
        String device = enrolled.getString("credential");

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int seed = t;
            running.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int i = seed; i < CODES; i += THREADS) {
                    String code = fuzz(random, genuine);
                    String json = "{\"code\":\"" + code + "\",\"accessPointId\":" + point
                            + ",\"direction\":\"ENTRY\",\"nonce\":\"" + UUID.randomUUID() + "\"}";
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(Stack.api() + "/scans"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + steward)
                            .header("Entrix-Device", device).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    // a regex, not JsonPath: RestAssured's JsonPath compiles Groovy on each call (far slower than the scan)
                    String outcome = r.statusCode() + " " + (r.statusCode() == 200
                            ? field(DECISION, r.body()) + " " + field(REASON, r.body()) : r.body());
                    outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        Map<String, Long> counts = new HashMap<>();
        outcomes.forEach((k, v) -> counts.put(k, v.sum()));
        assertEquals(Map.of("200 DENIED INVALID", (long) CODES), counts,
                "every fuzzed code is a decision, INVALID, and none is admitted");
        assertEquals(0, Stack.count("select count(*) from access_presence where event_id = " + event));
        assertEquals(CODES, Stack.count("select count(*) from scan where event_id = " + event
                + " and reason = 'INVALID'"));
        for (String token : genuine) {
            String json = "{\"code\":\"" + token + "\",\"accessPointId\":" + point + ",\"direction\":\"ENTRY\","
                    + "\"nonce\":\"" + UUID.randomUUID() + "\"}";
            String answer = http.send(HttpRequest.newBuilder(URI.create(Stack.api() + "/scans"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + steward)
                    .header("Entrix-Device", device).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(answer.contains("\"ENTERED\""), answer);
        }
    }

    private static String field(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : "?";
    }

    /** Half bit flips of genuine codes (any bit of the 109 bytes), half random junk of random length. */
    private static String fuzz(Random random, List<String> genuine) {
        switch (random.nextInt(4)) {
            case 0, 1 -> {
                byte[] bytes = Base64.getUrlDecoder().decode(genuine.get(random.nextInt(genuine.size())));
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            }
            case 2 -> {
                byte[] bytes = new byte[random.nextInt(160)];
                random.nextBytes(bytes);
                if (bytes.length > 0 && random.nextBoolean()) {
                    bytes[0] = 1; // the right version byte, to get past the first check
                }
                return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            }
            default -> {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(200);
                for (int i = 0; i < length; i++) {
                    char c = (char) (32 + random.nextInt(95));
                    if (c != '"' && c != '\\') {
                        text.append(c);
                    }
                }
                return text.toString();
            }
        }
    }
}
