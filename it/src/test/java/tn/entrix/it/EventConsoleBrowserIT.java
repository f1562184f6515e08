package tn.entrix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The events console in headless Chromium against the deployed EAR. The venue, its mapping, two rival teams and a
 * season are arranged through the API; an administrator then creates a derby from the console form (after the
 * form refused an empty event in French), finds it in the filtered list, exports the list, publishes the event,
 * postpones it, cancels it after the confirmation, imports a season calendar (a bad file first), and reads the
 * rivalry on a team's page. A prefecture user sees the calendar but none of the pages that change it. Screenshots go
 * to target/screenshots/events-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventConsoleBrowserIT {

    private String suffix;
    private String venueName;
    private String venueSlug;
    private String seasonName;
    private String homeCode;
    private String awayCode;
    private long home;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @BeforeEach
    void arrange() {
        assumeTrue(Browser.available(), "No Chromium at " + Browser.CHROMIUM
                + ": browser test skipped (apt-get install -y chromium chromium-driver)");
        String admin = Stack.adminToken();
        suffix = Stack.unique().substring(0, 4).toUpperCase();
        venueName = "Stade Chedly-Zouiten " + suffix;
        venueSlug = "zouiten-" + suffix.toLowerCase();
        long venue = Stack.as(admin).body(Map.of("name", venueName, "slug", venueSlug, "city", "Tunis",
                "maxCapacity", 18_000)).post("/venues").then().statusCode(201).extract().jsonPath().getLong("id");
        long mapping = Stack.as(admin).body(Map.of("name", "Football")).post("/venues/" + venue + "/mappings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Stack.as(admin).body(Map.of("code", "VIRAGE", "name", "Virage Nord", "kind", "STAND", "seating", "STANDING",
                "capacity", 6_000)).post("/mappings/" + mapping + "/zones").then().statusCode(201);
        homeCode = "EST" + suffix;
        awayCode = "CA" + suffix;
        home = team(admin, homeCode, "Espérance " + suffix);
        long away = team(admin, awayCode, "Club Africain " + suffix);
        Stack.as(admin).body(Map.of("otherId", away, "kind", "RIVALRY", "level", 4))
                .put("/participants/" + home + "/relations").then().statusCode(200);
        seasonName = "Ligue 1 " + suffix;
        Stack.as(admin).body(Map.of("code", "L1-" + suffix, "name", seasonName, "kind", "SEASON",
                "startsOn", "2026-08-01", "endsOn", "2027-05-31")).post("/event-groups").then().statusCode(201);
    }

    @Test
    void anAdministratorCreatesPublishesExportsAndImportsEvents() throws IOException {
        try (Browser browser = new Browser("events")) {
            try {
                adminScenario(browser);
            } catch (RuntimeException | AssertionError e) {
                browser.shot("failure");
                throw e;
            }
        }
    }

    @Test
    void thePrefectureReadsTheCalendarButChangesNothing() throws IOException {
        String password = "authority-password-1";
        String authority = Stack.newUser("prefecture", password, "AUTHORITY");
        try (Browser browser = new Browser("events-authority")) {
            try {
                browser.login(authority, password);
                assertTrue(browser.driver.findElements(By.id("nav:events")).size() == 1, "the events menu");
                assertTrue(browser.driver.findElements(By.id("nav:participants")).isEmpty(), "no participants menu");
                assertTrue(browser.driver.findElements(By.id("nav:competitions")).isEmpty(), "no competitions menu");
                assertTrue(browser.driver.findElements(By.id("nav:venues")).isEmpty(), "no venues menu");
                browser.click(By.id("nav:events"));
                browser.wait.until(ExpectedConditions.urlContains("/console/events/list.xhtml"));
                assertTrue(browser.driver.findElements(By.id("newEvent")).isEmpty(), "no new event button");
                browser.shot("list");
                browser.open("/console/events/edit.xhtml");
                browser.waitForText(By.tagName("body"), "403");
                browser.open("/console/participants/list.xhtml");
                browser.waitForText(By.tagName("body"), "403");
            } catch (RuntimeException | AssertionError e) {
                browser.shot("failure");
                throw e;
            }
        }
    }

    private void adminScenario(Browser b) throws IOException {
        String code = "DERBY-" + suffix;
        String name = "Espérance – Club Africain " + suffix;
        b.login(Stack.adminUsername(), Stack.adminPassword());

        // the events list, then the form: an empty event is refused, in French, beside the fields
        b.click(By.id("nav:events"));
        b.wait.until(ExpectedConditions.urlContains("/console/events/list.xhtml"));
        b.click(By.id("newEvent"));
        b.wait.until(ExpectedConditions.urlContains("/console/events/edit.xhtml"));
        b.click(By.id("save"));
        b.waitForText(By.xpath("//*[@id='name']/following-sibling::*[contains(@class,'ui-message-error')]"), "vide");
        b.waitForText(By.xpath("//*[@id='mappingField']//*[contains(@class,'ui-message-error')]"),
                "Choisissez le lieu");
        b.shot("form-validation");

        // the event: venue first, then its mapping (the only one, chosen at once), dates in Tunis time
        b.type(By.id("code"), code);
        b.type(By.id("name"), name);
        b.type(By.id("category"), "Ligue 1");
        b.choose("group", seasonName + " (L1-" + suffix + ")");
        b.choose("venue", venueName + " — Tunis");
        b.waitForText(By.id("mapping_label"), "Football");
        // the page title to close the date picker: its popup now covers the participants section below (the form grew)
        b.typeDate("startsAt", "13/09/2026 16:00", By.tagName("h1"));
        // the end follows: two hours later
        b.wait.withMessage(() -> "waiting for the end to follow the start")
                .until(d -> "13/09/2026 18:00".equals(b.value(By.id("endsAt_input"))));

        // the two rivals, home then away (the form proposes AWAY for the second)
        b.complete("participant", homeCode, homeCode);
        b.click(By.id("addParticipant"));
        b.waitForText(By.id("lineup"), "Espérance " + suffix);
        b.complete("participant", awayCode, awayCode);
        b.waitForExactText(By.id("role_label"), "Extérieur");
        b.click(By.id("addParticipant"));
        b.waitForText(By.id("lineup"), "Club Africain " + suffix);
        b.pressButton("securityLevel", "4");
        b.shot("form-filled");
        b.click(By.id("save"));

        // the event page: draft, derby (their rivalry is level 4), the mapping with its zone
        b.wait.until(ExpectedConditions.urlContains("/console/events/event.xhtml?id="));
        String eventUrl = b.driver.getCurrentUrl();
        b.waitForExactText(By.id("eventStatus"), "Brouillon");
        assertFalse(b.driver.findElements(By.id("derbyFlag")).isEmpty(), "derby flag shown");
        b.waitForText(By.id("eventStart"), "16:00");
        b.waitForText(By.id("lineup"), "Domicile");
        b.waitForText(By.id("zones"), "Virage Nord");
        b.waitForExactText(By.id("zoneCount"), "1");
        b.shot("event-created");

        // the list finds it by text, and by status; the filtered list exports
        b.click(By.id("nav:events"));
        b.wait.until(ExpectedConditions.urlContains("/console/events/list.xhtml"));
        b.type(By.id("events:filter"), suffix);
        b.wait.until(d -> d.findElements(By.cssSelector("[id='events:table'] tbody tr a.event-link")).size() == 1);
        b.waitForText(By.id("events:table"), name);
        b.choose("events:status", "Brouillon");
        b.waitForText(By.id("events:table"), name);
        b.shot("list-filtered");
        b.click(By.id("events:exportCsv"));
        String csv = Files.readString(b.download(".csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFCode;Nom;"), csv);
        assertTrue(csv.contains(code + ";" + name + ";Football;Ligue 1;Brouillon;2026-09-13 16:00;"), csv);
        b.click(By.id("events:exportXlsx"));
        Path xlsx = b.download(".xlsx");
        byte[] zip = Files.readAllBytes(xlsx);
        assertTrue(zip.length > 1_000 && zip[0] == 'P' && zip[1] == 'K', "an xlsx is a zip: " + xlsx);
        b.choose("events:status", "Publié");
        b.waitForText(By.id("events:table"), "Aucun événement");

        // publish, then cancel after the confirmation
        b.driver.get(eventUrl);
        b.click(By.cssSelector("button.action-PUBLISHED"));
        b.waitForExactText(By.id("eventStatus"), "Publié");
        b.waitForText(By.cssSelector(".ui-growl"), "est publié");
        b.shot("event-published");
        // postponed a week: new dates, the same participants and mapping
        b.click(By.id("lifecycleForm:postpone"));
        b.dialogShown("postponeDialog");
        By lead = By.cssSelector("[id='postponeForm'] p.muted");
        b.typeDate("postponeForm:newStartsAt", "20/09/2026 19:00", lead);
        b.typeDate("postponeForm:newEndsAt", "20/09/2026 21:00", lead);
        b.shot("event-postpone");
        b.click(By.id("postponeForm:confirmPostpone"));
        b.waitForExactText(By.id("eventStatus"), "Reporté");
        b.waitForText(By.id("eventStart"), "20 sept. 2026 19:00");
        b.waitForText(By.id("lineup"), "Club Africain " + suffix);
        b.click(By.id("lifecycleForm:cancelEvent"));
        b.dialogShown("cancelDialog");
        b.shot("event-cancel-confirm");
        b.click(By.id("cancelForm:confirmCancel"));
        b.waitForExactText(By.id("eventStatus"), "Annulé");
        assertTrue(b.driver.findElements(By.cssSelector("button.action-PUBLISHED")).isEmpty());
        b.shot("event-cancelled");

        // a season calendar: a bad line imports nothing and is named, then the good file imports
        b.click(By.id("nav:events"));
        b.click(By.id("importCalendar"));
        b.wait.until(ExpectedConditions.urlContains("/console/events/import.xhtml"));
        String good = "date,home,away,venue,mapping\n"
                + "2026-10-04 15:00," + homeCode + "," + awayCode + "," + venueSlug + ",Football\n";
        Path bad = Files.writeString(Files.createTempFile("calendar-bad-", ".csv"), good
                + "2026-10-11 15:00," + homeCode + ",NOBODY," + venueSlug + ",Football\n"
                + "11/10/2026," + awayCode + "," + homeCode + "," + venueSlug + ",Football\n");
        b.choose("group", seasonName + " (L1-" + suffix + ")");
        b.driver.findElement(By.id("file_input")).sendKeys(bad.toAbsolutePath().toString());
        b.click(By.id("upload"));
        b.waitForText(By.id("errors"), "participant inconnu : « NOBODY »");
        b.waitForText(By.id("errors"), "n’est pas au format");
        assertEquals("3", b.driver.findElement(By.cssSelector("[id='errors'] tbody tr td")).getText().strip());
        b.shot("import-errors");
        Path ok = Files.writeString(Files.createTempFile("calendar-good-", ".csv"), good);
        b.choose("group", seasonName + " (L1-" + suffix + ")");
        b.driver.findElement(By.id("file_input")).sendKeys(ok.toAbsolutePath().toString());
        b.click(By.id("upload"));
        b.waitForText(By.id("importedCount"), "1 rencontre(s) importée(s)");
        b.shot("import-done");
        b.click(By.id("openGroupEvents"));
        b.waitForText(By.id("events:table"), "4 oct. 2026");
        b.shot("group-events");

        // the competitions tree, and a team's page with its rivalry
        b.click(By.id("nav:competitions"));
        b.waitForText(By.id("groups:tree"), seasonName);
        b.shot("groups");
        b.open("/console/participants/participant.xhtml?id=" + home);
        b.waitForText(By.id("relations:table"), "Club Africain " + suffix);
        b.waitForText(By.id("relations:table"), "Derby");
        b.shot("participant");
        b.click(By.id("nav:participants"));
        b.type(By.id("participants:filter"), suffix);
        b.wait.until(d -> d.findElements(By.cssSelector("[id='participants:table'] a.participant-link")).size() == 2);
        b.shot("participants");

        // English: the event page, translated
        b.driver.get(eventUrl);
        b.click(By.id("topbar:lang-en"));
        b.waitForExactText(By.id("eventStatus"), "Cancelled");
        b.waitForText(By.id("lineup"), "Home");
        b.shot("event-english");
    }

    private static long team(String token, String code, String name) {
        return Stack.as(token).body(Map.of("code", code, "name", name, "kind", "TEAM", "nationality", "TN",
                "category", "Ligue 1")).post("/participants").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
