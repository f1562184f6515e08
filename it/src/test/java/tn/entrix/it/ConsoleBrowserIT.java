package tn.entrix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The back-office console in a real browser (Debian's headless Chromium) against the deployed EAR: a SUPERADMIN logs
 * in, creates a venue, a mapping, a standing and a seated zone, generates 200 seats and a gate, then switches to
 * English. A PNG of every step goes to target/screenshots/ so that a failure can be looked at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {

    private Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(Browser.available(), "No Chromium at " + Browser.CHROMIUM
                + ": browser test skipped (apt-get install -y chromium chromium-driver)");
        browser = new Browser("console");
        driver = browser.driver;
        wait = browser.wait;
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void superadminSetsUpAVenueWithZonesSeatsAndAGateThenSwitchesToEnglish() {
        try {
            scenario();
        } catch (RuntimeException | AssertionError e) {
            shot("failure"); // what the browser showed when the scenario broke
            throw e;
        }
    }

    private void scenario() {
        String venueName = "Stade IT " + Stack.unique();

        // the site's root needs a login first, then lands on the dashboard
        driver.get(Stack.baseUrl() + "/");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertTrue(driver.getCurrentUrl().contains("from=%2Fconsole%2Findex.xhtml"), driver.getCurrentUrl());
        shot("login");

        type(By.id("username"), Stack.adminUsername());
        type(By.id("password"), "not-the-password");
        driver.findElement(By.id("login")).click();
        waitForText(By.cssSelector(".ui-messages-error"), "incorrect");
        shot("login-failed");

        type(By.id("username"), Stack.adminUsername());
        type(By.id("password"), Stack.adminPassword());
        driver.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.urlContains("/console/index.xhtml"));
        // "Bonjour" by day, "Bonsoir" from 18:00 in Tunis: the test runs at any hour
        wait.withMessage(() -> "waiting for the French greeting").until(d -> {
            String greeting = d.findElement(By.id("greeting")).getText();
            return greeting.contains("Bonjour") || greeting.contains("Bonsoir");
        });
        waitForText(By.id("roles"), "Super-administrateur");
        shot("dashboard");

        // venues: the form refuses an empty venue with Bean Validation messages, in French
        click(By.id("nav:venues"));
        wait.until(ExpectedConditions.urlContains("/console/venues/list.xhtml"));
        click(By.id("newVenue"));
        wait.until(ExpectedConditions.urlContains("/console/venues/edit.xhtml"));
        click(By.id("save"));
        waitForText(By.cssSelector(".field .ui-message-error"), "vide");
        shot("venue-validation");

        type(By.id("name"), venueName);
        type(By.id("city"), "Radès");
        type(By.id("address"), "Route de Radès");
        type(By.id("maxCapacity"), "60000");
        type(By.id("latitude"), "36.7472");
        type(By.id("longitude"), "10.2728");
        shot("venue-form");
        click(By.id("save"));
        wait.until(ExpectedConditions.urlContains("/console/venues/venue.xhtml?id="));
        waitForText(By.id("venueCity"), "Radès");
        shot("venue-created");

        // the list finds it by its name
        click(By.id("nav:venues"));
        wait.until(ExpectedConditions.urlContains("/console/venues/list.xhtml"));
        type(By.id("venues:filter"), venueName);
        waitForText(By.id("venues:table"), venueName);
        wait.until(d -> d.findElements(By.cssSelector("[id='venues:table'] tbody tr")).size() == 1);
        shot("venue-list");
        click(By.linkText(venueName));
        wait.until(ExpectedConditions.urlContains("/console/venues/venue.xhtml?id="));

        // a mapping, opened at once
        type(By.id("mappingForm:mappingName"), "Football");
        click(By.id("mappingForm:createMapping"));
        wait.until(ExpectedConditions.urlContains("/console/venues/mapping.xhtml?id="));
        waitForText(By.id("effectiveCapacity"), "0");
        shot("mapping-empty");

        // a standing zone: its capacity is declared
        type(By.id("zoneForm:zoneCode"), "PELOUSE");
        type(By.id("zoneForm:zoneName"), "Pelouse");
        choose("zoneForm:zoneKind", "Pelouse / fosse");
        pressButton("zoneForm:zoneSeating", "Debout");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("zoneForm:zoneCapacity")));
        type(By.id("zoneForm:zoneCapacity"), "500");
        click(By.id("zoneForm:addZone"));
        waitForText(By.id("treeForm:zones"), "PELOUSE");
        waitForExactText(By.id("effectiveCapacity"), "500");

        // a seated zone: its capacity is its seats
        type(By.id("zoneForm:zoneCode"), "TRIB");
        type(By.id("zoneForm:zoneName"), "Tribune Est");
        choose("zoneForm:zoneKind", "Tribune");
        pressButton("zoneForm:zoneSeating", "Assis");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("zoneForm:zoneCapacity")));
        click(By.id("zoneForm:addZone"));
        waitForText(By.id("treeForm:zones"), "TRIB");
        shot("mapping-zones");

        // 10 rows of 20 seats in the seated zone, which the form already proposes
        waitForText(By.id("seatForm:seatZone_label"), "TRIB");
        type(By.id("seatForm:rowFrom"), "1");
        type(By.id("seatForm:rowTo"), "10");
        type(By.id("seatForm:seatFrom"), "1");
        type(By.id("seatForm:seatTo"), "20");
        click(By.id("seatForm:generate"));
        waitForText(By.id("seatForm:generationResult"), "200 sièges créés");
        waitForExactText(By.id("effectiveCapacity"), "700");
        waitForExactText(By.id("seatCount"), "200");
        shot("mapping-seats");

        // a gate serving the seated zone
        type(By.id("gateForm:gateCode"), "P1");
        type(By.id("gateForm:gateName"), "Porte Nord");
        pressButton("gateForm:gateKind", "Entrée");
        click(By.id("gateForm:gateZones"));
        click(By.xpath("//*[@id='gateForm:gateZones_panel']//li[contains(normalize-space(.), 'TRIB')]"
                + "//div[contains(@class,'ui-chkbox-box')]"));
        ((JavascriptExecutor) driver).executeScript("PF('gateZonesMenu').hide()");
        click(By.id("gateForm:saveGate"));
        waitForText(By.id("gateForm:gates"), "Porte Nord");
        waitForExactText(By.id("gateCount"), "1");
        assertTrue(driver.findElement(By.id("gateForm:gates")).getText().contains("TRIB"));
        shot("mapping-gate");

        // English: the same page, labels translated
        String mappingUrl = driver.getCurrentUrl();
        click(By.id("topbar:lang-en"));
        waitForText(By.cssSelector("main.content"), "Generate seats");
        assertEquals(mappingUrl, driver.getCurrentUrl(), "the switch keeps the page and its id");
        // the label is upper-cased by the stylesheet, and Selenium reads what is displayed
        assertEquals("effective capacity",
                driver.findElement(By.cssSelector(".summary-capacity .label")).getText().toLowerCase());
        waitForExactText(By.id("effectiveCapacity"), "700");
        waitForText(By.id("nav:venues"), "Venues");
        waitForText(By.id("topbar:logout"), "Log out");
        shot("mapping-english");
    }

    // --- the browser's helpers, under the names the scenario reads ------------------------------------------------

    private void type(By field, String text) {
        browser.type(field, text);
    }

    private void click(By target) {
        browser.click(target);
    }

    private void choose(String menuId, String label) {
        browser.choose(menuId, label);
    }

    private void pressButton(String groupId, String label) {
        browser.pressButton(groupId, label);
    }

    private void waitForText(By target, String text) {
        browser.waitForText(target, text);
    }

    private void waitForExactText(By target, String text) {
        browser.waitForExactText(target, text);
    }

    private void shot(String name) {
        browser.shot(name);
    }
}
