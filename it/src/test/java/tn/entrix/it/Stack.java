package tn.entrix.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * What the integration tests know about the stack that the build started (see it/pom.xml): the real EAR, the HTTP
 * port of the test domain, its first SUPERADMIN, its embedded PostgreSQL. Tests arrange their own data with unique
 * names, so none depends on another's order.
 */
public final class Stack {

    private Stack() {
    }

    /** The EAR exactly as the ear module built it. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("entrix.ear")));
    }

    public static String baseUrl() {
        return "http://localhost:" + System.getProperty("entrix.it.http.port", "20080");
    }

    public static String api() {
        return baseUrl() + "/api/v1";
    }

    public static Path state() {
        return Path.of(System.getProperty("entrix.it.state", "target/entrix-it"));
    }

    public static String adminUsername() {
        return "admin";
    }

    public static String adminPassword() {
        try {
            return Files.readString(state().resolve("admin-password")).strip();
        } catch (IOException e) {
            throw new IllegalStateException("The stack did not write its admin password", e);
        }
    }

    public static Connection database() throws SQLException, IOException {
        String password = Files.readString(state().resolve("db-password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://localhost:"
                + System.getProperty("entrix.it.db.port", "25432") + "/entrix", "entrix", password);
    }

    /** The first column of the first row of a query (a count, an id), straight from the database. */
    public static long count(String sql) throws SQLException, IOException {
        try (Connection db = database(); var query = db.prepareStatement(sql); var rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public static String token(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post(api() + "/auth/token")
                .then().statusCode(200).extract().path("access_token");
    }

    public static String adminToken() {
        return token(adminUsername(), adminPassword());
    }

    /** A request to the API as the given bearer. */
    public static RequestSpecification as(String token) {
        return given().baseUri(api()).header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** Creates a user with the given roles (through the API, as the SUPERADMIN) and returns its username. */
    public static String newUser(String prefix, String password, String... roles) {
        String username = prefix + "-" + unique();
        as(adminToken()).body(Map.of("username", username, "email", username + "@it.entrix.tn",
                        "displayName", prefix, "password", password, "roles", List.of(roles)))
                .post("/users").then().statusCode(201);
        return username;
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
