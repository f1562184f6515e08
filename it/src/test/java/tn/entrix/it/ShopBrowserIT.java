package tn.entrix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The fan portal in a real browser (headless Chromium) against the deployed EAR, on a phone-sized window: a visitor
 * finds an event on sale, logs in to buy and comes back to it, takes 2 tickets and reads the price breakdown, looks at
 * the seat picker, holds the best seats, sees the countdown, orders and pays on the Flouci simulator's page, comes
 * back to the return page and finds the order PAID in "Mes commandes". The setup (venue, seated zone, event on sale,
 * ticket type with an early bird) goes over REST. A PNG of every step goes to target/screenshots/shop-*.png, the
 * event list and the event page also at desktop width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "Stade-2026-fan";
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension DESKTOP = new Dimension(1280, 900);

    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;
    private static int step;

    private String admin;
    private String eventName;
    private long event;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @BeforeEach
    void arrange() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM
                + ": browser test skipped (apt-get install -y chromium chromium-driver)");
        admin = Stack.adminToken();
        String suffix = Stack.unique().substring(0, 6).toUpperCase();
        long venue = Stack.as(admin).body(Map.of("name", "Stade " + suffix, "city", "Monastir", "maxCapacity", 5_000))
                .post("/venues").then().statusCode(201).extract().jsonPath().getLong("id");
        long mapping = Stack.as(admin).body(Map.of("name", "Football")).post("/venues/" + venue + "/mappings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long zone = Stack.as(admin).body(Map.of("code", "TRIB", "name", "Tribune", "kind", "SECTOR", "seating",
                "SEATED")).post("/mappings/" + mapping + "/zones").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Stack.as(admin).body(Map.of("rowFrom", 1, "rowTo", 3, "seatFrom", 1, "seatTo", 8))
                .post("/zones/" + zone + "/seats/generate").then().statusCode(200);
        long club = Stack.as(admin).body(Map.of("code", "H" + suffix, "name", "Club " + suffix, "kind", "TEAM"))
                .post("/participants").then().statusCode(201).extract().jsonPath().getLong("id");
        // soon, so that it comes first among the demo data's events on sale
        Instant starts = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        eventName = "Match " + suffix;
        Map<String, Object> body = new HashMap<>(Map.of("code", "S" + suffix, "name", eventName, "kind", "FOOTBALL",
                "mappingId", mapping, "startsAt", starts.toString(),
                "endsAt", starts.plus(2, ChronoUnit.HOURS).toString(),
                "participants", List.of(Map.of("participantId", club, "role", "HOME"))));
        event = Stack.as(admin).body(body).post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String status : List.of("PUBLISHED", "ON_SALE")) {
            Stack.as(admin).body(Map.of("status", status)).put("/events/" + event + "/status").then().statusCode(200);
        }
        Stack.as(admin).body(Map.of("code", "TRIB", "name", "Tribune", "seated", true, "basePrice", 20_000,
                "zoneIds", List.of(zone))).post(sale("ticket-types")).then().statusCode(201);
        Stack.as(admin).body(Map.of("kind", "EARLY_BIRD", "name", "Early bird", "firstN", 1, "amountOff", 2_000,
                "priority", 10)).post(sale("pricing-rules")).then().statusCode(201);

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("entrix-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=390,844", "--lang=fr-FR", "--user-data-dir=" + profile);
        driver = new ChromeDriver(options);
        driver.manage().window().setSize(PHONE);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void aFanBuysTwoSeatsPaysWithFlouciAndSeesTheOrderPaid() {
        run(() -> {
            String fan = Stack.newUser("shopper", PASSWORD, "USER");

            // a visitor: the events on sale, then the event (the offer, and a login to buy)
            driver.get(Stack.baseUrl() + "/shop/index.xhtml");
            By offer = By.xpath("//a[contains(@class,'offer')][contains(.,'" + eventName + "')]");
            wait.until(ExpectedConditions.visibilityOfElementLocated(offer));
            assertTrue(driver.findElement(offer).getText().contains("dès 18.000 TND")
                    || driver.findElement(offer).getText().contains("20.000 TND"), driver.findElement(offer).getText());
            shot("events", DESKTOP);
            shot("events", PHONE);
            click(offer);
            wait.until(ExpectedConditions.urlContains("/shop/event.xhtml?id=" + event));
            waitForText(By.cssSelector("a.type-option.selected"), "20.000 TND");
            shot("event-visitor", PHONE);
            click(By.id("buy:loginToBuy"));
            wait.until(ExpectedConditions.urlContains("/login.xhtml"));
            type(By.id("username"), fan);
            type(By.id("password"), PASSWORD);
            driver.findElement(By.id("login")).click();

            // back on the event, logged in: 2 tickets, the breakdown ticket by ticket (the early bird on the first)
            wait.until(ExpectedConditions.urlContains("/shop/event.xhtml?id=" + event));
            waitForText(By.id("breakdown"), "Billet 1");
            new Select(driver.findElement(By.id("buy:quantity"))).selectByValue("2");
            ajaxDone();
            waitForText(By.id("breakdown"), "Billet 2");
            String breakdown = driver.findElement(By.id("breakdown")).getText();
            assertTrue(breakdown.contains("Early bird"), breakdown);
            assertEquals("38.000 TND", driver.findElement(By.id("total")).getText().strip());
            shot("event-breakdown", PHONE);
            shot("event-breakdown", DESKTOP);

            // the seat picker shows the free seats; then back to the best available
            click(By.id("buy:mode:1"));
            wait.until(d -> d.findElements(By.cssSelector("a.seat")).size() == 24);
            click(By.cssSelector("a.seat[data-seat]"));
            waitForText(By.id("chosenCount"), "1");
            shot("event-seat-picker", PHONE);
            click(By.id("buy:mode:0"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("buy:quantity")));
            new Select(driver.findElement(By.id("buy:quantity"))).selectByValue("2");
            ajaxDone();
            waitForText(By.id("total"), "38.000 TND");

            // hold: the checkout with its seats, breakdown and countdown
            click(By.id("buy:hold"));
            wait.until(ExpectedConditions.urlContains("/shop/checkout.xhtml?hold="));
            wait.until(d -> d.findElement(By.id("countdownValue")).getText().matches("\\d+:\\d\\d"));
            String left = driver.findElement(By.id("countdownValue")).getText();
            assertTrue(left.startsWith("9:") || left.startsWith("10:"), left);
            assertEquals(2, driver.findElements(By.cssSelector(".seat-chip")).size());
            assertEquals("38.000 TND", driver.findElement(By.id("total")).getText().strip());
            shot("checkout", PHONE);

            // order and pay on the Flouci simulator's page
            click(By.id("checkout:pay"));
            wait.until(ExpectedConditions.urlContains("/flouci-sim/"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("pay")));
            assertTrue(driver.getPageSource().contains("38.000 TND"), "the simulator shows the order's total");
            shot("flouci", PHONE);
            driver.findElement(By.id("pay")).click();

            wait.until(ExpectedConditions.urlContains("/order-return.html?order="));
            waitForText(By.id("title"), "Merci");
            shot("return", PHONE);
            click(By.id("toOrders"));
            wait.until(ExpectedConditions.urlContains("/account/orders.xhtml"));

            // the webhook pays the order (at once with the simulator; reload until it shows)
            long deadline = System.currentTimeMillis() + 30_000;
            while (driver.findElements(By.cssSelector("section.order[data-status='PAID']")).isEmpty()
                    && System.currentTimeMillis() < deadline) {
                sleep(1_000);
                driver.navigate().refresh();
            }
            WebElement order = driver.findElement(By.cssSelector("section.order[data-status='PAID']"));
            assertTrue(order.getText().contains("Payée"), order.getText());
            assertTrue(order.getText().contains(eventName), order.getText());
            assertTrue(order.getText().contains("38.000 TND"), order.getText());
            shot("orders", PHONE);
            shot("orders", DESKTOP);

            // "Mes billets", from the paid order: the two tickets of the event, each with its seat and a QR image
            // that really loaded (served by /api/v1/access-rights to the session's holder)
            click(By.cssSelector("section.order[data-status='PAID'] [data-action='tickets']"));
            wait.until(ExpectedConditions.urlContains("/account/tickets.xhtml"));
            List<WebElement> tickets = driver.findElements(By.cssSelector("article.ticket[data-status='VALID']"));
            assertEquals(2, tickets.size(), driver.getPageSource());
            WebElement group = driver.findElement(By.cssSelector("section.event-tickets"));
            assertTrue(group.getText().contains(eventName), group.getText());
            assertTrue(tickets.get(0).getText().contains("Valide"), tickets.get(0).getText());
            assertTrue(tickets.get(0).getText().contains("Rang"), tickets.get(0).getText());
            wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return Array.from("
                    + "document.querySelectorAll('article.ticket img.qr')).every(i => i.complete && i.naturalWidth > 100)"));
            String pdf = tickets.get(0).findElement(By.cssSelector("a[data-action='pdf']")).getAttribute("href");
            assertTrue(pdf.matches(".*/api/v1/access-rights/\\d+/ticket\\.pdf"), pdf);
            shot("tickets", PHONE);
            shot("tickets", DESKTOP);
        });
    }

    private String sale(String tail) {
        return "/events/" + event + "/sale/" + tail;
    }

    private void run(Runnable scenario) {
        try {
            scenario.run();
        } catch (RuntimeException | AssertionError e) {
            if (!(e instanceof org.opentest4j.TestAbortedException)) {
                shot("failure", driver.manage().window().getSize());
            }
            throw e;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(text);
    }

    private void click(By target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
        ajaxDone();
    }

    private void ajaxDone() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)"));
    }

    private void waitForText(By target, String text) {
        wait.withMessage(() -> "waiting for '" + text + "' in " + target)
                .until(ExpectedConditions.textToBePresentInElementLocated(target, text));
    }

    /** The whole page as a PNG at this window width (the window grows to the page's height for the shot). */
    private void shot(String name, Dimension size) {
        ajaxDone();
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(size);
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.max(size.getHeight(),
                Math.min(height + 140, 4000))));
        try {
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(String.format("shop-%02d-%s-%d.png", ++step, name,
                    size.getWidth())), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save the screenshot " + name, e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }
}
