package tn.entrix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The blacklist console in headless Chromium: an administrator bans a fan from a club's events (after the form
 * refused a ban without a person, in French), finds the ban by username, lifts it with a reason and finds it among
 * the lifted ones; then switches an event's reinforced blacklist on from the event form. Screenshots go to
 * target/screenshots/bans-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BanConsoleBrowserIT {

    private String suffix;
    private String fan;
    private String clubName;
    private long event;

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
        fan = Stack.newUser("ultra", "Stade-Olympique-1", "USER");
        clubName = "Stade Tunisien " + suffix;
        long club = Stack.as(admin).body(Map.of("code", "ST" + suffix, "name", clubName, "kind", "TEAM"))
                .post("/participants").then().statusCode(201).extract().jsonPath().getLong("id");
        long venue = Stack.as(admin).body(Map.of("name", "Stade du Bardo " + suffix, "city", "Tunis",
                "maxCapacity", 12_000)).post("/venues").then().statusCode(201).extract().jsonPath().getLong("id");
        long mapping = Stack.as(admin).body(Map.of("name", "Football")).post("/venues/" + venue + "/mappings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> body = new HashMap<>(Map.of("code", "BARDO-" + suffix, "name", "Bardo " + suffix,
                "kind", "FOOTBALL", "mappingId", mapping, "startsAt", "2027-04-11T15:00:00Z",
                "endsAt", "2027-04-11T17:00:00Z",
                "participants", List.of(Map.of("participantId", club, "role", "HOME"))));
        event = Stack.as(admin).body(body).post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void anAdministratorBansAFanFromAClubsEventsThenLiftsTheBan() throws Exception {
        try (Browser b = new Browser("bans")) {
            try {
                b.login(Stack.adminUsername(), Stack.adminPassword());
                b.click(By.id("nav:bans"));
                b.wait.until(ExpectedConditions.urlContains("/console/bans/list.xhtml"));
                b.waitForExactText(By.id("bans:state_label"), "En vigueur");
                b.shot("list");

                // a ban without a person is refused, in French, beside the field
                b.click(By.id("newBan"));
                b.wait.until(ExpectedConditions.urlContains("/console/bans/new.xhtml"));
                b.type(By.id("reason"), "Envahissement du terrain, match du " + suffix);
                b.click(By.id("save"));
                b.waitForText(By.xpath("//*[@id='username']/following-sibling::*[contains(@class,'ui-message-error')]"),
                        "Indiquez un compte");
                b.shot("form-refused");

                // the fan, from the club's events
                b.type(By.id("username"), fan);
                b.choose("source", "Décision du club");
                b.choose("scope", "Événements d’un club");
                b.choose("club", clubName + " (ST" + suffix + ")");
                b.shot("form-filled");
                b.click(By.id("save"));
                b.wait.until(ExpectedConditions.urlContains("/console/bans/list.xhtml"));
                b.waitForText(By.tagName("body"), "enregistrée");

                b.type(By.id("bans:filter"), fan);
                b.wait.until(d -> d.findElements(By.cssSelector("[id='bans:table'] tbody tr [id$=':lift']")).size()
                        == 1);
                b.waitForText(By.id("bans:table"), clubName);
                b.waitForText(By.id("bans:table"), "En vigueur");
                b.shot("found");

                // lifted with a reason: gone from the bans in force, shown among all as lifted
                b.click(By.cssSelector("[id='bans:table'] tbody tr [id$=':lift']"));
                b.dialogShown("liftDialog");
                b.click(By.id("liftForm:confirmLift"));
                b.waitForText(By.id("liftForm"), "motif");
                b.type(By.id("liftForm:liftReason"), "Recours accepté par la commission");
                b.shot("lift-dialog");
                b.click(By.id("liftForm:confirmLift"));
                b.waitForText(By.tagName("body"), "levée");
                b.wait.until(d -> d.findElements(By.cssSelector("[id='bans:table'] tbody tr [id$=':lift']"))
                        .isEmpty());
                b.choose("bans:state", "Toutes");
                b.waitForText(By.id("bans:table"), "Levée");
                b.shot("lifted");
                assertEquals(1, Stack.count("select count(*) from ban b join app_user u on u.id = b.user_id"
                        + " where u.username = '" + fan + "' and b.lifted_at is not null and b.scope = 'CLUB'"));

                // the event's reinforced blacklist, from the event form
                b.open("/console/events/edit.xhtml?id=" + event);
                b.waitForExactText(By.id("blacklistReinforced_label"), "Désactivée");
                b.choose("blacklistReinforced", "Activée");
                b.click(By.id("save"));
                b.wait.until(ExpectedConditions.urlContains("/console/events/event.xhtml?id="));
                b.waitForExactText(By.id("eventBlacklistReinforced"), "Activée");
                assertFalse(b.driver.findElements(By.id("reinforcedFlag")).isEmpty(), "the badge shows");
                b.shot("event-reinforced");
                assertTrue(Stack.count("select count(*) from event where id = " + event
                        + " and blacklist_reinforced") == 1);
            } catch (RuntimeException | AssertionError e) {
                b.shot("failure");
                throw e;
            }
        }
    }
}
