package tn.entrix.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts end to end: registration with the emailed confirmation link (read from the mail sink), the role hierarchy
 * and who may grant what, privacy between fans, group rules and CSV import, lockout, sessions, password reset, GDPR
 * export and erasure.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityIT {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @Test
    void aFanRegistersConfirmsTheEmailFromTheMailSinkAndLogsIn() {
        String name = "fan" + Stack.unique().substring(0, 8);
        String email = name + "@example.tn";
        JsonPath registered = given().contentType(ContentType.JSON).body(Map.of("username", name, "email", email,
                        "phone", "+216 20 123 456", "password", "Carthage-1959", "marketingConsent", true))
                .post(Stack.api() + "/registrations").then().statusCode(201).extract().jsonPath();
        assertEquals("PENDING", registered.getString("status"));
        assertEquals("+21620123456", registered.getString("phone"));
        assertTrue(registered.getBoolean("marketingConsent"));

        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", "Carthage-1959"))
                .post(Stack.api() + "/auth/token").then().statusCode(401).body("code", equalTo("EMAIL_NOT_CONFIRMED"));

        MailSink.Mail mail = MailSink.awaitTo(email, Duration.ofSeconds(30));
        assertTrue(mail.subject().contains("Entrix"), mail.subject());
        String token = token(mail.text());
        assertTrue(mail.text().contains("/account/confirm.xhtml?token="), mail.text());

        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .post(Stack.api() + "/registrations/confirmation").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .post(Stack.api() + "/registrations/confirmation").then().statusCode(422)
                .body("code", equalTo("TOKEN_INVALID"));

        String bearer = Stack.token(name, "Carthage-1959");
        Stack.as(bearer).get("/me").then().statusCode(200).body("username", equalTo(name))
                .body("roles", equalTo(List.of("USER")));
    }

    @Test
    void badRegistrationsAreRefusedWithTheirCodeAndWriteNothing() {
        String name = "bad" + Stack.unique().substring(0, 8);
        register(name, "password1", null).then().statusCode(422).body("code", equalTo("WEAK_PASSWORD"))
                .body("errors[0].field", equalTo("password"));
        register(name, name + "-2026x", null).then().statusCode(422).body("code", equalTo("WEAK_PASSWORD"));
        register(name, "Kairouan-670", "12 34").then().statusCode(422).body("code", equalTo("PHONE_INVALID"));
        given().contentType(ContentType.JSON).body(Map.of("username", name, "email", "not-an-email",
                "password", "Kairouan-670")).post(Stack.api() + "/registrations").then().statusCode(422);
        // nothing was half-written: the same username registers fine now
        register(name, "Kairouan-670", "98 765 432").then().statusCode(201);
        register(name, "Kairouan-670", null).then().statusCode(409).body("code", equalTo("USERNAME_TAKEN"));
    }

    @Test
    void rolesFollowTheHierarchyAndOnlyASuperadminGrantsAdmin() {
        String admin = Stack.adminToken();
        String suffix = Stack.unique().substring(0, 8);
        long clubAdmin = createUser(admin, "ca" + suffix, "ADMIN");
        long steward = createUser(admin, "st" + suffix, "BADGECHECKER");
        long fan = createUser(admin, "fa" + suffix, "USER");
        String clubAdminToken = Stack.token("ca" + suffix, "Stade-Olympique-1");

        // an ADMIN grants BADGECHECKER but neither ADMIN nor SUPERADMIN
        Stack.as(clubAdminToken).put("/users/" + fan + "/roles/BADGECHECKER").then().statusCode(200);
        Stack.as(clubAdminToken).put("/users/" + fan + "/roles/ADMIN").then().statusCode(403)
                .body("code", equalTo("ROLE_GRANT_FORBIDDEN"));
        Stack.as(clubAdminToken).put("/users/" + steward + "/roles/SUPERADMIN").then().statusCode(403);
        // nobody raises their own role, not even towards a role they may grant
        Stack.as(clubAdminToken).put("/users/" + clubAdmin + "/roles/FINANCE").then().statusCode(403)
                .body("code", equalTo("SELF_ROLE_CHANGE_FORBIDDEN"));
        // the SUPERADMIN grants ADMIN, audited with high severity
        Stack.as(admin).put("/users/" + fan + "/roles/ADMIN").then().statusCode(200);
        JsonPath page = Stack.as(admin).get("/users/" + fan).then().statusCode(200).extract().jsonPath();
        assertTrue(page.getList("effectiveRoles").containsAll(List.of("ADMIN", "BADGECHECKER", "USER")));
        assertTrue(page.getList("activity.action").contains("ROLE_GRANTED"));

        // a steward can do what a fan can (USER endpoints) but not administer
        String stewardToken = Stack.token("st" + suffix, "Stade-Olympique-1");
        Stack.as(stewardToken).get("/me").then().statusCode(200);
        Stack.as(stewardToken).get("/users").then().statusCode(403);
    }

    @Test
    void aFanSeesOnlyTheirOwnAccount() {
        String admin = Stack.adminToken();
        String suffix = Stack.unique().substring(0, 8);
        createUser(admin, "f1" + suffix, "USER");
        long other = createUser(admin, "f2" + suffix, "USER");
        String fan = Stack.token("f1" + suffix, "Stade-Olympique-1");
        Stack.as(fan).get("/users/" + other).then().statusCode(403);
        Stack.as(fan).get("/users/" + other + "/data").then().statusCode(403);
        Stack.as(fan).get("/users").then().statusCode(403);
        Stack.as(fan).get("/me").then().statusCode(200).body("username", equalTo("f1" + suffix));
        // a session id of someone else is not found, not revoked
        Stack.as(fan).delete("/me/sessions/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aRuleGroupFollowsTheProfileAndACsvWithABadLineImportsNothing() {
        String admin = Stack.adminToken();
        String suffix = Stack.unique().substring(0, 8);
        String city = "Sousse-" + suffix;
        long group = Stack.as(admin).body(Map.of("code", "geo-" + suffix, "name", "Fans de " + city,
                        "kind", "GEOGRAPHIC", "ruleField", "CITY", "ruleValue", city))
                .post("/groups").then().statusCode(201).extract().jsonPath().getLong("id");
        long fan = createUser(admin, "g1" + suffix, "USER");
        String fanToken = Stack.token("g1" + suffix, "Stade-Olympique-1");

        Stack.as(fanToken).body(Map.of("city", city.toUpperCase(), "governorate", "Sousse"))
                .put("/me").then().statusCode(200);
        JsonPath members = Stack.as(admin).get("/groups/" + group + "/members").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(fan), members.getList("items.userId", Long.class));
        assertEquals("RULE", members.getString("items[0].source"));

        Stack.as(fanToken).body(Map.of("city", "Monastir")).put("/me").then().statusCode(200);
        Stack.as(admin).get("/groups/" + group).then().statusCode(200).body("members", equalTo(0));

        long other = createUser(admin, "g2" + suffix, "USER");
        String csv = "username\ng1" + suffix + "\nnobody-" + suffix + "\ng2" + suffix + "@example.tn\n";
        Stack.as(admin).contentType("text/csv").body(csv).post("/groups/" + group + "/members/import")
                .then().statusCode(422).body("code", equalTo("IMPORT_INVALID"))
                .body("lines[0].line", equalTo(3));
        Stack.as(admin).get("/groups/" + group).then().body("members", equalTo(0));
        Stack.as(admin).contentType("text/csv").body("username\ng1" + suffix + "\ng2" + suffix + "@example.tn\n")
                .post("/groups/" + group + "/members/import").then().statusCode(200).body("added", equalTo(2));
        JsonPath detail = Stack.as(admin).get("/users/" + other).then().statusCode(200).extract().jsonPath();
        assertEquals("CSV", detail.getString("groups[0].source"));
    }

    @Test
    void repeatedFailuresLockTheAccountAndStaffCanUnlockIt() {
        String admin = Stack.adminToken();
        String name = "lk" + Stack.unique().substring(0, 8);
        long id = createUser(admin, name, "USER");
        for (int i = 1; i <= 5; i++) {
            login(name, "wrong-password-" + i).then().statusCode(401)
                    .body("code", equalTo(i < 5 ? "INVALID_CREDENTIALS" : "ACCOUNT_LOCKED"));
        }
        // even the right password is refused during the cool-down
        login(name, "Stade-Olympique-1").then().statusCode(401).body("code", equalTo("ACCOUNT_LOCKED"));
        JsonPath page = Stack.as(admin).get("/users/" + id).then().statusCode(200).extract().jsonPath();
        assertTrue(page.getList("activity.action").contains("ACCOUNT_LOCKED"));
        Stack.as(admin).post("/users/" + id + "/unlock").then().statusCode(200);
        login(name, "Stade-Olympique-1").then().statusCode(200);
    }

    @Test
    void loggingOutEverywhereKillsEveryTokenAndAPasswordResetToo() {
        String admin = Stack.adminToken();
        String name = "ss" + Stack.unique().substring(0, 8);
        createUser(admin, name, "USER");
        String first = Stack.token(name, "Stade-Olympique-1");
        String second = Stack.token(name, "Stade-Olympique-1");
        JsonPath sessions = Stack.as(first).get("/me/sessions").then().statusCode(200).extract().jsonPath();
        assertEquals(2, sessions.getList("findAll { it.active }").size());
        assertEquals(1, sessions.getList("findAll { it.current }").size());

        Stack.as(second).delete("/me/sessions").then().statusCode(200).body("ended", equalTo(2));
        Stack.as(first).get("/me").then().statusCode(401).body("code", equalTo("INVALID_TOKEN"));
        Stack.as(second).get("/me").then().statusCode(401);

        // password reset by emailed link: the new password works, the old one and older tokens do not
        String third = Stack.token(name, "Stade-Olympique-1");
        given().contentType(ContentType.JSON).body(Map.of("email", "nobody-" + name + "@example.tn"))
                .post(Stack.api() + "/password-resets").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("email", name + "@example.tn"))
                .post(Stack.api() + "/password-resets").then().statusCode(202);
        String token = token(MailSink.awaitTo(name + "@example.tn", Duration.ofSeconds(30)).text());
        given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", "short"))
                .post(Stack.api() + "/password-resets/confirmation").then().statusCode(422);
        given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", "Hannibal-Barca-247"))
                .post(Stack.api() + "/password-resets/confirmation").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", "Hannibal-Barca-248"))
                .post(Stack.api() + "/password-resets/confirmation").then().statusCode(422)
                .body("code", equalTo("TOKEN_INVALID"));
        Stack.as(third).get("/me").then().statusCode(401);
        login(name, "Stade-Olympique-1").then().statusCode(401);
        login(name, "Hannibal-Barca-247").then().statusCode(200);
    }

    @Test
    void theGdprExportHoldsEveryPersonalFieldAndErasurePseudonymisesAndBlocksLogin() throws Exception {
        String admin = Stack.adminToken();
        String name = "gd" + Stack.unique().substring(0, 8);
        long id = createUser(admin, name, "USER");
        String fan = Stack.token(name, "Stade-Olympique-1");
        Map<String, Object> profile = new HashMap<>(Map.of("displayName", "Amira Ben Salah",
                "phone", "52 111 222", "birthDate", "1998-04-09", "gender", "FEMALE", "city", "Bizerte",
                "governorate", "Bizerte", "nationalId", String.valueOf(10_000_000 + (id % 89_999_999)),
                "language", "en", "marketingConsent", true));
        Stack.as(fan).body(profile).put("/me").then().statusCode(200);

        JsonPath data = Stack.as(fan).get("/me/data").then().statusCode(200).extract().jsonPath();
        for (String field : List.of("username", "email", "phone", "displayName", "birthDate", "gender", "city",
                "governorate", "nationalId", "language", "marketingConsent", "marketingConsentAt", "createdAt")) {
            assertNotNull(data.get("account." + field), "export misses " + field);
        }
        assertEquals("Amira Ben Salah", data.getString("account.displayName"));
        assertFalse(data.getList("sessions").isEmpty());
        assertTrue(data.getList("activity.action").contains("PROFILE_UPDATED"));

        Stack.as(fan).body(Map.of("password", "wrong")).post("/me/erasure").then().statusCode(422)
                .body("code", equalTo("CURRENT_PASSWORD_WRONG"));
        Stack.as(fan).body(Map.of("password", "Stade-Olympique-1")).post("/me/erasure").then().statusCode(204);

        login(name, "Stade-Olympique-1").then().statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        Stack.as(fan).get("/me").then().statusCode(401);
        JsonPath erased = Stack.as(admin).get("/users/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("ERASED", erased.getString("account.status"));
        assertEquals("erased-" + id, erased.getString("account.username"));
        assertNull(erased.get("account.email"));
        assertNull(erased.get("account.nationalId"));
        assertNull(erased.get("account.displayName"));
        try (Connection db = Stack.database();
             PreparedStatement q = db.prepareStatement("select count(*) filter (where actor = ?), "
                     + "count(*) filter (where actor = ?) from audit_log where entity_type = 'User' "
                     + "and entity_id = ?")) {
            q.setString(1, name);
            q.setString(2, "erased-" + id);
            q.setString(3, String.valueOf(id));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no audit row names the erased user any more");
                assertTrue(rs.getInt(2) >= 2, "the audit rows stay, under the pseudonym");
            }
        }
    }

    private static io.restassured.response.Response register(String name, String password, String phone) {
        Map<String, Object> body = new HashMap<>(Map.of("username", name, "email", name + "@example.tn",
                "password", password));
        if (phone != null) {
            body.put("phone", phone);
        }
        return given().contentType(ContentType.JSON).body(body).post(Stack.api() + "/registrations");
    }

    private static io.restassured.response.Response login(String name, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", name, "password", password))
                .post(Stack.api() + "/auth/token");
    }

    /** An ACTIVE account created by staff, password Stade-Olympique-1. */
    static long createUser(String adminToken, String name, String role) {
        return Stack.as(adminToken).body(Map.of("username", name, "email", name + "@example.tn",
                        "password", "Stade-Olympique-1", "roles", List.of(role)))
                .post("/users").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String token(String mailText) {
        Matcher m = TOKEN.matcher(mailText);
        assertTrue(m.find(), "a link with a token in: " + mailText);
        return m.group(1);
    }
}
