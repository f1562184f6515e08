package tn.entrix.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Paid tickets become signed access rights: QR codes that decode to tokens the scanners verify with the event's
 * public key, PDF tickets by REST and by email, each fan seeing only their own; keys rotate without invalidating what
 * they signed; postponement re-signs, cancellation revokes. The token is checked here with BouncyCastle directly,
 * from the documented layout, not with the server's classes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessRightIT {

    private static final String PASSWORD = "Stade-Olympique-1";

    private String admin;
    private String suffix;
    private long event;
    private long zone;
    private long ticketType;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @BeforeEach
    void arrange() {
        admin = Stack.adminToken();
        suffix = Stack.unique().substring(0, 6).toUpperCase();
        long venue = Stack.as(admin).body(Map.of("name", "Stade " + suffix, "city", "Radès", "maxCapacity", 5_000))
                .post("/venues").then().statusCode(201).extract().jsonPath().getLong("id");
        long mapping = Stack.as(admin).body(Map.of("name", "Football")).post("/venues/" + venue + "/mappings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        zone = Stack.as(admin).body(Map.of("code", "NORD", "name", "Tribune Nord", "kind", "SECTOR",
                        "seating", "SEATED")).post("/mappings/" + mapping + "/zones").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Stack.as(admin).body(Map.of("rowFrom", 1, "rowTo", 3, "seatFrom", 1, "seatTo", 5))
                .post("/zones/" + zone + "/seats/generate").then().statusCode(200);
        Stack.as(admin).body(Map.of("code", "P3", "name", "Porte 3", "kind", "ENTRY", "zoneIds", List.of(zone)))
                .post("/mappings/" + mapping + "/access-points").then().statusCode(201);
        Stack.as(admin).body(Map.of("code", "S1", "name", "Sortie 1", "kind", "EXIT", "zoneIds", List.of(zone)))
                .post("/mappings/" + mapping + "/access-points").then().statusCode(201);
        Map<String, Object> body = new HashMap<>(Map.of("code", "A" + suffix, "name", "Derby " + suffix,
                "kind", "FOOTBALL", "mappingId", mapping, "startsAt", "2027-03-14T15:00:00Z",
                "endsAt", "2027-03-14T17:00:00Z", "doorsOpenAt", "2027-03-14T13:00:00Z"));
        event = Stack.as(admin).body(body).post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String status : List.of("PUBLISHED", "ON_SALE")) {
            Stack.as(admin).body(Map.of("status", status)).put("/events/" + event + "/status").then().statusCode(200);
        }
        ticketType = Stack.as(admin).body(Map.of("code", "NORD", "name", "Tribune Nord", "seated", true,
                        "basePrice", 20_000, "zoneIds", List.of(zone))).post("/events/" + event + "/sale/ticket-types")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void twoSeatsPaidAtTheBoxOfficeBecomeTwoSignedTicketsByRestAndByEmail() throws Exception {
        String fanName = Stack.newUser("fan", PASSWORD, "USER");
        String fan = Stack.token(fanName, PASSWORD);
        String mark = MailSink.mark();
        JsonPath order = buy(fan, 2);
        List<Long> seats = order.getList("items.seatId", Long.class);

        JsonPath mine = Stack.as(fan).get("/access-rights").then().statusCode(200).extract().jsonPath();
        assertEquals(2, mine.getList("id").size());
        for (int i = 0; i < 2; i++) {
            String at = "[" + i + "].";
            assertEquals("VALID", mine.getString(at + "status"));
            assertEquals(zone, mine.getLong(at + "zoneId"));
            assertEquals("Tribune Nord", mine.getString(at + "zoneName"));
            assertTrue(seats.contains(mine.getLong(at + "seatId")), "a seat of the order");
            assertEquals(List.of("Porte 3 (P3)"), mine.getList(at + "gates"), "entry gates only");
            assertEquals("2027-03-14T13:00:00Z", mine.getString(at + "validFrom"), "from the doors");
            assertEquals("2027-03-14T19:00:00Z", mine.getString(at + "validUntil"), "end + 2 h");
            assertEquals(order.getString("number"), mine.getString(at + "orderNumber"));
        }
        assertNotEquals(mine.getLong("[0].seatId"), mine.getLong("[1].seatId"));

        // the scanners' view: the public key, and a token that verifies with it offline
        String steward = Stack.token(Stack.newUser("steward", PASSWORD, "BADGECHECKER"), PASSWORD);
        JsonPath keys = Stack.as(steward).get("/events/" + event + "/keys").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(1, keys.getList("keyId").size());
        assertTrue(keys.getBoolean("[0].active"));
        Map<Integer, byte[]> publicKeys = publicKeys(keys);
        Stack.as(fan).get("/events/" + event + "/keys").then().statusCode(403);

        long right = mine.getLong("[0].id");
        String token = mine.getString("[0].token");
        byte[] png = binary(fan, "/access-rights/" + right + "/qr.png", 200, "image/png");
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))))).getText();
        assertEquals(token, decoded, "the QR code holds the token");
        ByteBuffer payload = verify(decoded, publicKeys);
        assertEquals(keys.getInt("[0].keyId"), payload.getInt(1));
        assertEquals(right, payload.getLong(5));
        assertEquals(event, payload.getLong(13));
        assertEquals(zone, payload.getLong(21));
        assertEquals(mine.getLong("[0].seatId"), payload.getLong(29));
        byte[] flipped = Base64.getUrlDecoder().decode(decoded);
        flipped[29 + 7] ^= 1; // another seat
        assertFalse(verifies(flipped, publicKeys), "a flipped byte fails verification");
        assertEquals(1, Stack.count("select count(*) from access_right where token_sha256 = sha256('"
                + token + "'::bytea)"), "the code is found by its SHA-256");

        byte[] pdf = binary(fan, "/access-rights/" + right + "/ticket.pdf", 200, "application/pdf");
        String text = pdfText(pdf);
        assertTrue(text.contains("Derby " + suffix), text);
        assertTrue(text.contains("Porte 3 (P3)"), text);
        assertTrue(text.contains("16:00"), "15:00 UTC in Tunis: " + text);
        assertTrue(text.contains(order.getString("number")), text);

        MailSink.Mail mail = MailSink.awaitTo(fanName + "@it.entrix.tn", Duration.ofSeconds(60), mark);
        assertTrue(mail.subject().startsWith("Vos billets"), mail.subject());
        assertTrue(mail.text().contains(order.getString("number")), mail.text());
        List<MailSink.Attachment> attachments = MailSink.attachments(mail);
        assertEquals(2, attachments.size(), "one PDF per ticket");
        for (MailSink.Attachment attachment : attachments) {
            assertEquals("application/pdf", attachment.contentType());
            assertTrue(pdfText(attachment.content()).contains("Derby " + suffix));
        }

        // another fan sees none of it
        String other = Stack.token(Stack.newUser("other", PASSWORD, "USER"), PASSWORD);
        Stack.as(other).get("/access-rights/" + right).then().statusCode(404);
        binary(other, "/access-rights/" + right + "/qr.png", 404, null);
        binary(other, "/access-rights/" + right + "/ticket.pdf", 404, null);
        Stack.as(other).get("/access-rights").then().statusCode(200).body("size()", equalTo(0));

        Stack.as(admin).get("/events/" + event + "/access-rights?size=1").then().statusCode(200)
                .body("total", equalTo(2)).body("items.size()", equalTo(1)).body("items[0].token", equalTo(null));
        Stack.as(fan).get("/events/" + event + "/access-rights").then().statusCode(403);
    }

    @Test
    void rotationKeepsOldTokensValidAndPostponementSignsAgainForTheNewDates() throws Exception {
        String fanName = Stack.newUser("fan", PASSWORD, "USER");
        String fan = Stack.token(fanName, PASSWORD);
        buy(fan, 1);
        JsonPath first = Stack.as(fan).get("/access-rights").then().statusCode(200).extract().jsonPath();
        int oldKey = first.getInt("[0].keyId");

        int newKey = Stack.as(admin).post("/events/" + event + "/keys/rotate").then().statusCode(201)
                .body("active", equalTo(true)).extract().jsonPath().getInt("keyId");
        assertNotEquals(oldKey, newKey);
        buy(fan, 1);
        JsonPath both = Stack.as(fan).get("/access-rights").then().statusCode(200).extract().jsonPath();
        assertEquals(2, both.getList("id").size());
        long oldRight = first.getLong("[0].id");
        String oldToken = first.getString("[0].token");
        String newToken = null;
        for (int i = 0; i < 2; i++) {
            if (both.getLong("[" + i + "].id") != oldRight) {
                assertEquals(newKey, both.getInt("[" + i + "].keyId"), "new rights use the new key");
                newToken = both.getString("[" + i + "].token");
            }
        }
        JsonPath keys = Stack.as(admin).get("/events/" + event + "/keys").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of(oldKey, newKey), keys.getList("keyId", Integer.class));
        assertEquals(List.of(false, true), keys.getList("active", Boolean.class));
        Map<Integer, byte[]> publicKeys = publicKeys(keys);
        assertEquals(oldKey, verify(oldToken, publicKeys).getInt(1), "the old key still verifies");
        assertEquals(newKey, verify(newToken, publicKeys).getInt(1));

        // postponed: the rights follow the new dates, with new tokens; the holder gets the new tickets
        String mark = MailSink.mark();
        Stack.as(admin).body(Map.of("startsAt", "2027-04-04T18:00:00Z", "endsAt", "2027-04-04T20:00:00Z",
                "doorsOpenAt", "2027-04-04T16:30:00Z")).post("/events/" + event + "/postpone").then().statusCode(200);
        JsonPath moved = Stack.as(fan).get("/access-rights/" + oldRight).then().statusCode(200).extract().jsonPath();
        assertEquals("VALID", moved.getString("status"));
        assertEquals("2027-04-04T16:30:00Z", moved.getString("validFrom"));
        assertEquals("2027-04-04T22:00:00Z", moved.getString("validUntil"));
        assertEquals(newKey, moved.getInt("keyId"), "signed again with the active key");
        String resigned = moved.getString("token");
        assertNotEquals(oldToken, resigned);
        ByteBuffer payload = verify(resigned, publicKeys);
        assertEquals(java.time.Instant.parse("2027-04-04T16:30:00Z").getEpochSecond(),
                Integer.toUnsignedLong(payload.getInt(37)));
        assertEquals(java.time.Instant.parse("2027-04-04T22:00:00Z").getEpochSecond(),
                Integer.toUnsignedLong(payload.getInt(41)));
        assertEquals(0, Stack.count("select count(*) from access_right where token_sha256 = sha256('"
                + oldToken + "'::bytea)"), "the old code names no right any more");
        MailSink.Mail mail = MailSink.awaitTo(fanName + "@it.entrix.tn", Duration.ofSeconds(60), mark);
        assertTrue(mail.subject().startsWith("Nouvelle date"), mail.subject());
        assertTrue(mail.text().contains("4 avril 2027 à 19:00"), "18:00 UTC in Tunis (UTC+1): " + mail.text());
        assertEquals(0, MailSink.attachments(mail).size(), "the holder downloads the new tickets");
    }

    @Test
    void staffRevokeOneRightAndCancellingTheEventRevokesTheRest() throws Exception {
        String fan = Stack.token(Stack.newUser("fan", PASSWORD, "USER"), PASSWORD);
        buy(fan, 2);
        JsonPath mine = Stack.as(fan).get("/access-rights").then().statusCode(200).extract().jsonPath();
        long first = mine.getLong("[0].id");
        long second = mine.getLong("[1].id");

        Stack.as(fan).body(Map.of("reason", "mine")).post("/access-rights/" + first + "/revoke").then()
                .statusCode(403);
        Stack.as(admin).body(Map.of("reason", "Comportement au dernier match")).post("/access-rights/" + first
                + "/revoke").then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("statusReason", equalTo("STAFF"));
        Stack.as(admin).body(Map.of()).post("/access-rights/" + first + "/revoke").then().statusCode(409)
                .body("code", equalTo("ACCESS_RIGHT_NOT_VALID"));
        binary(fan, "/access-rights/" + first + "/qr.png", 409, null);
        assertEquals(1, Stack.count("select count(*) from audit_log where action = 'ACCESS_RIGHT_REVOKED' "
                + "and entity_id = '" + first + "' and severity = 'HIGH'"));

        Stack.as(admin).body(Map.of("status", "CANCELLED")).put("/events/" + event + "/status").then()
                .statusCode(200);
        Stack.as(fan).get("/access-rights/" + second).then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("statusReason", equalTo("EVENT_CANCELLED"));
        Stack.as(fan).get("/access-rights/" + first).then().body("statusReason", equalTo("STAFF"));
    }

    /** Holds the best seats, orders them, and has staff record the payment at the box office. */
    private JsonPath buy(String fan, int quantity) {
        long hold = Stack.as(fan).body(Map.of("ticketTypeId", ticketType, "quantity", quantity)).post("/holds")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long order = Stack.as(fan).body(Map.of("holdId", hold)).post("/orders").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        return Stack.as(admin).post("/events/" + event + "/sale/orders/" + order + "/box-office-payment?receipt=R"
                + suffix).then().statusCode(200).body("status", equalTo("PAID")).extract().jsonPath();
    }

    private static byte[] binary(String token, String path, int status, String contentType) {
        var response = given().baseUri(Stack.api()).header("Authorization", "Bearer " + token).get(path).then()
                .statusCode(status);
        if (contentType != null) {
            response.contentType(contentType);
        }
        return response.extract().asByteArray();
    }

    private static Map<Integer, byte[]> publicKeys(JsonPath keys) {
        Map<Integer, byte[]> found = new HashMap<>();
        for (int i = 0; i < keys.getList("keyId").size(); i++) {
            assertEquals("Ed25519", keys.getString("[" + i + "].algorithm"));
            found.put(keys.getInt("[" + i + "].keyId"), Base64.getUrlDecoder().decode(keys.getString("[" + i
                    + "].publicKey")));
        }
        return found;
    }

    /** Checks a token as a scanner would, from the documented layout; returns its payload. */
    private static ByteBuffer verify(String token, Map<Integer, byte[]> publicKeys) {
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        assertEquals(109, bytes.length);
        assertEquals(1, bytes[0], "version 1");
        assertTrue(verifies(bytes, publicKeys), "signature verifies with the event's public key");
        return ByteBuffer.wrap(bytes, 0, 45).slice();
    }

    private static boolean verifies(byte[] bytes, Map<Integer, byte[]> publicKeys) {
        byte[] key = publicKeys.get(ByteBuffer.wrap(bytes).getInt(1));
        if (key == null) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(key, 0));
        verifier.update(bytes, 0, 45);
        byte[] signature = new byte[64];
        System.arraycopy(bytes, 45, signature, 0, 64);
        return verifier.verifySignature(signature);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    }
}
