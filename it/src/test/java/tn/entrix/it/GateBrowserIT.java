package tn.entrix.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The gate in a real browser (headless Chromium) against the deployed EAR. On a phone-sized window a steward signs
 * in on the web scanner, enters the device's credential, picks the gate and types a ticket's code: green ADMITTED,
 * then red DENIED "Déjà à l’intérieur" for the same code. Cut off from the network, the scanner decides a second
 * ticket itself with the offline package, queues it, and uploads it when the network is back. Then the prefecture
 * (AUTHORITY) follows the event on the live page: people inside, the gate's entries, the denial, the zone alert; and
 * reads its access control log, all scans then the denials only. A phone whose first language is English gets the
 * scanner in English, words and reasons.
 * The setup (venue, zone, gate, an event whose doors are open, two tickets paid at the box office, an enrolled device,
 * the users) goes over REST. PNGs in target/screenshots/gate-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GateBrowserIT {

    private static final String PASSWORD = "Stade-2026-gate";
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension DESKTOP = new Dimension(1400, 1000);

    private String admin;
    private String suffix;
    private long event;
    private long ticketType;
    private long gate;
    private String credential;
    private List<String> codes;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @BeforeEach
    void arrange() {
        assumeTrue(Browser.available(), "No Chromium: browser test skipped (apt-get install -y chromium "
                + "chromium-driver)");
        admin = Stack.adminToken();
        suffix = Stack.unique().substring(0, 6).toUpperCase();
        long venue = Stack.as(admin).body(Map.of("name", "Stade " + suffix, "city", "Sousse", "maxCapacity", 5_000))
                .post("/venues").then().statusCode(201).extract().jsonPath().getLong("id");
        long mapping = Stack.as(admin).body(Map.of("name", "Football")).post("/venues/" + venue + "/mappings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long zone = Stack.as(admin).body(Map.of("code", "NORD", "name", "Tribune Nord", "kind", "SECTOR",
                        "seating", "SEATED")).post("/mappings/" + mapping + "/zones").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Stack.as(admin).body(Map.of("rowFrom", 1, "rowTo", 3, "seatFrom", 1, "seatTo", 5))
                .post("/zones/" + zone + "/seats/generate").then().statusCode(200);
        gate = Stack.as(admin).body(Map.of("code", "P3", "name", "Porte 3", "kind", "ENTRY", "zoneIds",
                        List.of(zone))).post("/mappings/" + mapping + "/access-points").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        // happening now: doors open an hour ago, kick-off in an hour
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>(Map.of("code", "G" + suffix, "name", "Match " + suffix,
                "kind", "FOOTBALL", "mappingId", mapping, "startsAt", now.plus(1, ChronoUnit.HOURS).toString(),
                "endsAt", now.plus(3, ChronoUnit.HOURS).toString(),
                "doorsOpenAt", now.minus(1, ChronoUnit.HOURS).toString()));
        event = Stack.as(admin).body(body).post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String status : List.of("PUBLISHED", "ON_SALE")) {
            Stack.as(admin).body(Map.of("status", status)).put("/events/" + event + "/status").then().statusCode(200);
        }
        ticketType = Stack.as(admin).body(Map.of("code", "NORD", "name", "Tribune Nord", "seated", true,
                        "basePrice", 15_000, "zoneIds", List.of(zone))).post("/events/" + event + "/sale/ticket-types")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        // a low alert threshold, so that two people in a zone of 15 raise the live page's alert
        Stack.as(admin).body(Map.of("reentry", "NONE", "alertPercent", 10, "enforceZoneCapacity", true))
                .put("/events/" + event + "/gate/policy").then().statusCode(200);

        String fan = Stack.token(Stack.newUser("fan", PASSWORD, "USER"), PASSWORD);
        buy(fan, 2);
        codes = Stack.as(fan).get("/access-rights").then().statusCode(200).extract().jsonPath()
                .getList("token", String.class);
        assertEquals(2, codes.size());
        credential = Stack.as(admin).body(Map.of("name", "Téléphone P3 " + suffix, "accessPointIds", List.of(gate),
                        "eventIds", List.of(event))).post("/devices").then().statusCode(201).extract().jsonPath()
                .getString("credential");
    }

    @Test
    void aStewardAdmitsOnceDecidesOfflineAndThePrefectureSeesItLive() throws Exception {
        String steward = Stack.newUser("steward", PASSWORD, "BADGECHECKER");
        String authority = Stack.newUser("prefecture", PASSWORD, "AUTHORITY");
        try (Browser browser = new Browser("gate")) {
            browser.driver.manage().window().setSize(PHONE);
            browser.open("/scanner/");
            scannerReady(browser);
            browser.shot("scanner-signin");
            browser.type(By.id("username"), steward);
            browser.type(By.id("password"), PASSWORD);
            browser.click(By.id("signIn"));

            browser.type(By.id("deviceCredential"), credential);
            browser.click(By.id("saveDevice"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("gateForm")));
            assertEquals("Porte 3 (P3)", new Select(browser.driver.findElement(By.id("accessPoint")))
                    .getFirstSelectedOption().getText());
            assertEquals("Match " + suffix, new Select(browser.driver.findElement(By.id("event")))
                    .getFirstSelectedOption().getText());
            assertTrue(browser.driver.findElement(By.id("dirExit")).getAttribute("disabled") != null,
                    "an entry-only gate records no exits");
            browser.shot("scanner-gate");
            browser.click(By.id("start"));
            browser.waitForExactText(By.id("whereGate"), "Porte 3 (P3)");
            browser.shot("scanner-ready");

            // a valid ticket: admitted, in green, with the holder and the seat
            WebElement decision = scan(browser, codes.get(0), "ADMITTED");
            assertEquals("AUTORISÉ", browser.driver.findElement(By.id("decisionTitle")).getText());
            assertEquals("Entrée", browser.driver.findElement(By.id("decisionReason")).getText());
            String details = browser.driver.findElement(By.id("decisionDetails")).getText();
            assertTrue(details.contains("Tribune Nord"), details);
            assertTrue(details.contains("fan"), "the holder's name: " + details);
            assertEquals("rgba(27, 135, 63, 1)", decision.getCssValue("background-color"), "green");
            browser.shot("scanner-admitted");
            browser.click(By.id("decision"));

            // the same code again: denied, in red, already inside since the first scan
            decision = scan(browser, codes.get(0), "DENIED");
            assertEquals("REFUSÉ", browser.driver.findElement(By.id("decisionTitle")).getText());
            assertEquals("Déjà à l’intérieur", browser.driver.findElement(By.id("decisionReason")).getText());
            assertEquals("ALREADY_INSIDE", decision.getAttribute("data-reason"));
            assertEquals("rgba(198, 40, 40, 1)", decision.getCssValue("background-color"), "red");
            assertTrue(browser.driver.findElement(By.id("decisionSupervisor")).isDisplayed(), "call a supervisor");
            assertTrue(browser.driver.findElement(By.id("decisionDetails")).getText().contains("Porte 3"),
                    "where the earlier entry was");
            browser.shot("scanner-already-inside");
            browser.click(By.id("decision"));
            assertEquals(2, browser.driver.findElements(By.cssSelector("#recentList li")).size(),
                    "the latest scans under the field");

            // no network: the phone decides with the offline package, queues, and uploads once back online
            HasNetworkConditions network = (HasNetworkConditions) browser.driver;
            ChromiumNetworkConditions cut = new ChromiumNetworkConditions();
            cut.setOffline(true);
            network.setNetworkConditions(cut);
            scan(browser, codes.get(1), "ADMITTED");
            assertTrue(browser.driver.findElement(By.id("decisionOffline")).isDisplayed(), "decided offline");
            browser.shot("scanner-offline-admitted");
            browser.click(By.id("decision"));
            browser.waitForExactText(By.id("pending"), "1 en attente d’envoi");
            scan(browser, codes.get(1), "DENIED");
            assertEquals("ALREADY_INSIDE", browser.driver.findElement(By.id("decision")).getAttribute("data-reason"),
                    "a copy of the code is caught offline too");
            browser.click(By.id("decision"));
            browser.waitForExactText(By.id("pending"), "2 en attente d’envoi");
            browser.waitForExactText(By.id("network"), "Hors ligne");
            browser.shot("scanner-offline-pending");
            network.setNetworkConditions(new ChromiumNetworkConditions());
            browser.wait.withMessage(() -> "waiting for the offline scans to be uploaded").until(
                    ExpectedConditions.invisibilityOfElementLocated(By.id("pending")));
            assertEquals(2, Stack.count("select count(*) from scan where event_id = " + event + " and offline"));
            Stack.as(admin).get("/events/" + event + "/gate/occupancy").then().statusCode(200)
                    .body("inside", equalTo(2));

            // the prefecture's live page
            browser.driver.manage().window().setSize(DESKTOP);
            browser.login(authority, PASSWORD);
            assertTrue(browser.driver.findElement(By.id("nav:gateLive")).isDisplayed(), "in the authority's menu");
            browser.click(By.id("nav:gateLive"));
            browser.waitForText(By.id("choices"), "Match " + suffix);
            browser.shot("live-choose");
            browser.open("/console/gate/live.xhtml?event=" + event);
            browser.waitForExactText(By.id("inside"), "2");
            browser.waitForExactText(By.id("entries"), "2");
            browser.waitForExactText(By.id("denied"), "2");
            browser.waitForExactText(By.cssSelector("[id$='gates'] .gate-entries"), "2");
            browser.waitForText(By.id("denials"), "Déjà à l’intérieur");
            browser.waitForText(By.id("alerts"), "Tribune Nord");
            browser.shot("live");
            // the poll re-reads the figures: one more entry shows without reloading the page
            steward(codes, steward);
            browser.waitForExactText(By.id("denied"), "3");
            browser.shot("live-polled");

            // the event's access control log, from the live page: the five scans, two of them decided offline
            browser.click(By.id("scanLog"));
            browser.waitForText(By.tagName("h1"), "Journal des passages");
            browser.shot("scan-log");
            By rows = By.cssSelector("[id='scans:table_data'] tr[data-ri]");
            browser.wait.withMessage(() -> "the five scans in the log").until(
                    d -> d.findElements(rows).size() == 5);
            assertEquals(2, browser.driver.findElements(By.cssSelector("[id='scans:table_data'] .scan-offline"))
                    .size(), "the offline ones are marked");
            assertEquals("Autorisé", browser.driver.findElements(By.cssSelector("[id='scans:table_data'] "
                    + ".scan-decision")).get(4).getText(), "the oldest last: the first entry");
            browser.waitForText(By.id("scans:table"), "Déjà à l’intérieur");
            browser.choose("scans:filter", "Refus");
            browser.wait.withMessage(() -> "the three denials").until(d -> d.findElements(rows).size() == 3);
            assertTrue(browser.driver.findElements(By.cssSelector("[id='scans:table_data'] .scan-decision"))
                    .stream().allMatch(e -> e.getText().equals("Refusé")), "denials only");
            browser.shot("scan-log-denied");

            // a steward has the console but not this page
            browser.click(By.id("topbar:logout"));
            browser.login(steward, PASSWORD);
            assertTrue(browser.driver.findElements(By.id("nav:gateLive")).isEmpty(), "not in a steward's menu");
            browser.open("/console/gate/live.xhtml?event=" + event);
            browser.waitForText(By.tagName("h1"), "Accès refusé");

            // the club's admin: the event's access control page (re-entry after a scanned exit) and the devices
            browser.open("/console/gate/policy.xhtml?event=" + event);
            browser.waitForText(By.tagName("h1"), "Accès refusé");
            browser.open("/console/index.xhtml"); // the error page has no top bar to log out from
            browser.click(By.id("topbar:logout"));
            browser.login(Stack.adminUsername(), Stack.adminPassword());
            browser.open("/console/gate/policy.xhtml?event=" + event);
            browser.waitForText(By.tagName("h1"), "Contrôle d’accès");
            browser.choose("reentry", "Après une sortie scannée");
            browser.click(By.id("savePolicy"));
            browser.waitForText(By.tagName("body"), "Politique aux portes enregistrée.");
            browser.shot("policy");
            assertEquals(1, Stack.count("select count(*) from gate_policy where event_id = " + event
                    + " and reentry = 'AFTER_EXIT'"));
            browser.open("/console/devices/list.xhtml");
            browser.waitForText(By.id("devices"), "Match " + suffix);
            browser.shot("devices");
        }
    }

    /** A phone whose first language is English: the scanner speaks English, words and reasons. */
    @Test
    void aPhoneInEnglishGetsTheScannerInEnglish() throws Exception {
        String steward = Stack.newUser("steward", PASSWORD, "BADGECHECKER");
        try (Browser browser = new Browser("gate-en", "en-GB")) {
            browser.driver.manage().window().setSize(PHONE);
            browser.open("/scanner/");
            scannerReady(browser);
            assertEquals("en", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
            browser.waitForExactText(By.cssSelector("h1[data-t='signIn']"), "Steward sign-in");
            assertEquals("Sign in", browser.driver.findElement(By.id("signIn")).getText());
            browser.shot("scanner-signin");
            browser.type(By.id("username"), steward);
            browser.type(By.id("password"), PASSWORD);
            browser.click(By.id("signIn"));
            browser.waitForExactText(By.cssSelector("h1[data-t='device']"), "Device");
            assertEquals("Check the device", browser.driver.findElement(By.id("saveDevice")).getText());
            browser.type(By.id("deviceCredential"), credential);
            browser.click(By.id("saveDevice"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("gateForm")));
            assertEquals("Start checking", browser.driver.findElement(By.id("start")).getText());
            browser.shot("scanner-gate");
            browser.click(By.id("start"));
            browser.waitForExactText(By.id("whereGate"), "Porte 3 (P3)");

            scan(browser, codes.get(0), "ADMITTED");
            assertEquals("ADMITTED", browser.driver.findElement(By.id("decisionTitle")).getText());
            assertEquals("Entered", browser.driver.findElement(By.id("decisionReason")).getText());
            browser.shot("scanner-admitted");
            browser.click(By.id("decision"));

            scan(browser, codes.get(0), "DENIED");
            assertEquals("DENIED", browser.driver.findElement(By.id("decisionTitle")).getText());
            assertEquals("Already inside", browser.driver.findElement(By.id("decisionReason")).getText());
            assertEquals("⚠ Call a supervisor", browser.driver.findElement(By.id("decisionSupervisor")).getText());
            browser.shot("scanner-already-inside");
            browser.click(By.id("decision"));
            browser.waitForExactText(By.id("network"), "Online");
            assertEquals(2, browser.driver.findElements(By.cssSelector("#recentList li")).size(),
                    "the latest scans under the field");
        }
    }

    /** One more denied scan over the API (a copy of the first ticket), while the live page is open. */
    private void steward(List<String> codes, String steward) {
        Stack.as(Stack.token(steward, PASSWORD)).header("Entrix-Device", credential)
                .body(Map.of("code", codes.get(0), "accessPointId", gate, "direction", "ENTRY",
                        "nonce", "it-" + Stack.unique())).post("/scans").then().statusCode(200)
                .body("reason", equalTo("ALREADY_INSIDE"));
    }

    /** Types the code into the manual entry and waits for the full-screen decision. */
    private static WebElement scan(Browser browser, String code, String expected) {
        browser.type(By.id("manualCode"), code);
        browser.click(By.id("manualSubmit"));
        By decision = By.cssSelector("#decision[data-decision='" + expected + "']");
        browser.wait.withMessage(() -> "waiting for the decision " + expected).until(
                ExpectedConditions.visibilityOfElementLocated(decision));
        return browser.driver.findElement(decision);
    }

    private static void scannerReady(Browser browser) {
        browser.wait.withMessage(() -> "waiting for the scanner's script").until(
                d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** Holds the best seats, orders them, and has staff record the payment at the box office. */
    private void buy(String fan, int quantity) {
        long hold = Stack.as(fan).body(Map.of("ticketTypeId", ticketType, "quantity", quantity)).post("/holds")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long order = Stack.as(fan).body(Map.of("holdId", hold)).post("/orders").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Stack.as(admin).post("/events/" + event + "/sale/orders/" + order + "/box-office-payment?receipt=G" + suffix)
                .then().statusCode(200).body("status", equalTo("PAID"));
    }
}
