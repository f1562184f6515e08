package tn.entrix.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform: the EAR deploys, health, tokens, roles, problem documents, OpenAPI, metrics, audit. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @Test
    void readinessIsUpAndChecksTheDatabase() {
        given().get(Stack.baseUrl() + "/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
    }

    @Test
    void aTokenIsIssuedForGoodCredentialsAndRefusedForBadOnes() {
        String token = Stack.adminToken();
        Stack.as(token).get("/auth/me").then().statusCode(200)
                .body("username", equalTo(Stack.adminUsername()))
                .body("roles", hasItems("SUPERADMIN", "ADMIN", "BADGECHECKER", "USER"));

        given().contentType(ContentType.JSON)
                .body(Map.of("username", Stack.adminUsername(), "password", "not-the-password"))
                .post(Stack.api() + "/auth/token")
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("INVALID_CREDENTIALS"))
                .body("status", equalTo(401))
                .body("$", not(org.hamcrest.Matchers.hasKey("access_token")));
    }

    @Test
    void aForgedOrMissingTokenIsA401Problem() {
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJ1cG4iOiJhZG1pbiJ9.c2lnbmF0dXJl")
                .get(Stack.api() + "/auth/me")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("INVALID_TOKEN"));
        given().get(Stack.api() + "/venues")
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aFanGets403OnVenueAdministration() {
        String fan = Stack.newUser("fan", "fan-password-1", "USER");
        String token = Stack.token(fan, "fan-password-1");
        Stack.as(token).body(Map.of("name", "Forbidden Arena", "city", "Sfax", "maxCapacity", 1000))
                .post("/venues")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        // reading is allowed to any logged-in user
        Stack.as(token).get("/venues").then().statusCode(200);
    }

    @Test
    void onlyASuperadminGrantsAdmin() {
        String clubAdmin = Stack.newUser("clubadmin", "admin-password-1", "ADMIN");
        String token = Stack.token(clubAdmin, "admin-password-1");
        Stack.as(token).body(Map.of("username", "would-be-admin-" + Stack.unique(), "password", "password-123",
                        "roles", java.util.List.of("ADMIN")))
                .post("/users")
                .then().statusCode(403).body("code", equalTo("ROLE_GRANT_FORBIDDEN"));
        // an ADMIN may create a steward
        Stack.as(token).body(Map.of("username", "steward-" + Stack.unique(), "password", "password-123",
                        "roles", java.util.List.of("BADGECHECKER")))
                .post("/users")
                .then().statusCode(201).body("roles", hasItem("BADGECHECKER"));
    }

    @Test
    void unknownRoutesAndIdsAre404Problems() {
        Stack.as(Stack.adminToken()).get("/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("RESOURCE_NOT_FOUND"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().accept("application/json").get(Stack.baseUrl() + "/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/venues'", notNullValue())
                .body("paths.'/api/v1/auth/token'.post", notNullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/venues'.post.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/VenueRequest"))
                .body("paths.'/api/v1/venues'.post.responses.'409'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.VenueRequest.required", hasItems("name", "city", "maxCapacity"))
                .body("components.schemas.VenueRequest.properties.name.maxLength", equalTo(128))
                .body("components.schemas.ZoneView.properties.children.items.'$ref'",
                        equalTo("#/components/schemas/ZoneView"));
        given().get(Stack.baseUrl() + "/swagger-ui.html").then().statusCode(200)
                .body(containsString("swagger-ui-bundle.js"));
    }

    @Test
    void metricsArePrometheusText() {
        String text = given().get(Stack.baseUrl() + "/metrics").then().statusCode(200).extract().asString();
        assertTrue(text.contains("# TYPE"), "Prometheus exposition format");
    }

    @Test
    void theAuditRetentionJobRunsOnTheBatchRepositoryInPostgres() throws Exception {
        long oldId;
        try (Connection db = Stack.database(); var insert = db.prepareStatement("insert into audit_log (id, "
                + "occurred_at, actor, action, entity_type, severity) values (nextval('audit_log_seq'), "
                + "now() - interval '10 years', 'it', 'ANCIENT', 'Test', 'LOW') returning id")) {
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                oldId = row.getLong(1);
            }
        }
        int execution = Stack.as(Stack.adminToken()).body(Map.of()).post("/jobs/audit-retention")
                .then().statusCode(202).body("job", equalTo("audit-retention")).extract().path("id");
        String status = "STARTING";
        for (int i = 0; i < 120 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            Thread.sleep(250);
            status = Stack.as(Stack.adminToken()).get("/jobs/executions/" + execution).then().statusCode(200)
                    .extract().path("batchStatus");
        }
        assertEquals("COMPLETED", status);
        try (Connection db = Stack.database(); var query = db.prepareStatement(
                "select (select count(*) from audit_log where id = ?), (select count(*) from audit_log "
                        + "where action = 'AUDIT_PURGED'), "
                        + "(select count(*) from pg_tables where tablename ilike '%jobinstancedata')")) {
            query.setLong(1, oldId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(0, row.getLong(1), "the ten-year-old row is purged");
                assertTrue(row.getLong(2) >= 1, "the purge is itself audited");
                assertTrue(row.getLong(3) >= 1, "the job repository lives in PostgreSQL");
            }
        }
        Stack.as(Stack.adminToken()).body(Map.of()).post("/jobs/no-such-job").then().statusCode(404);
    }

    @Test
    void stateChangesAreAuditedWithActorAndAddress() throws Exception {
        String slug = "audited-" + Stack.unique();
        int id = Stack.as(Stack.adminToken())
                .body(Map.of("name", "Audited venue", "slug", slug, "city", "Sousse", "maxCapacity", 5000))
                .post("/venues").then().statusCode(201).extract().path("id");
        try (Connection db = Stack.database();
             PreparedStatement query = db.prepareStatement("select actor, action, ip_address, severity "
                     + "from audit_log where entity_type = 'Venue' and entity_id = ?")) {
            query.setString(1, Integer.toString(id));
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "an audit row for the new venue");
                assertEquals(Stack.adminUsername(), row.getString("actor"));
                assertEquals("VENUE_CREATED", row.getString("action"));
                assertTrue(row.getString("ip_address") != null && !row.getString("ip_address").isBlank());
                assertEquals("LOW", row.getString("severity"));
            }
        }
    }
}
