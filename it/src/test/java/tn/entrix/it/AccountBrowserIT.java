package tn.entrix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Accounts in a real browser (headless Chromium) against the deployed EAR: a fan signs up and confirms through the
 * emailed link (needs the stack's mail sink), a weak password is refused in French on the form, a fan edits "Mon
 * compte", and an administrator finds the fan in the users list, reads the user page and grants a role. A PNG of
 * every step goes to target/screenshots/account-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "Stade-2026-fan";

    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;
    private static int step;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM
                + ": browser test skipped (apt-get install -y chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("entrix-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=fr-FR", "--user-data-dir=" + profile);
        driver = new ChromeDriver(options);
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

    /**
     * Sign-up, emailed link, first login, "Mon compte". The email part needs the stack's SMTP sink (it.mail.port);
     * without it the test stops (skipped, not failed) once the "check your email" screen is shown.
     */
    @Test
    void aFanSignsUpConfirmsByEmailLogsInAndEditsTheirAccount() {
        run(() -> {
            String username = "fan-" + Stack.unique();
            String email = username + "@it.entrix.tn";

            driver.get(Stack.baseUrl() + "/login.xhtml");
            click(By.id("register"));
            wait.until(ExpectedConditions.urlContains("/register.xhtml"));
            waitForText(By.id("passwordPolicy"), "8 caractères");
            type(By.id("username"), username);
            type(By.id("email"), email);
            type(By.id("phone"), "20 123 456");
            type(By.id("password"), PASSWORD);
            click(By.cssSelector("[id='marketingConsent'] .ui-chkbox-box"));
            shot("register-form");
            click(By.id("register"));
            waitForText(By.id("checkEmail"), email);
            shot("register-check-email");

            assumeTrue(mailSinkStarted(), "No mail sink in this stack (entrix.it.mail.port unset): the emailed link "
                    + "cannot be followed on this branch (the sink comes with the launcher's branch)");
            String link = MailSink.awaitTo(email, Duration.ofSeconds(30)).firstUrl().orElseThrow();
            assertTrue(link.contains("/account/confirm.xhtml?token="), link);
            driver.get(link);
            waitForText(By.id("confirmed"), username);
            shot("confirmed");

            // the same link again: used, so refused with a way to get a new one
            driver.get(link);
            waitForText(By.id("confirmFailed"), "déjà servi");
            shot("confirm-used");

            driver.get(Stack.baseUrl() + "/login.xhtml");
            logIn(username, PASSWORD);
            wait.until(ExpectedConditions.urlContains("/account/index.xhtml"));
            waitForText(By.id("accountUsername"), username);
            assertEquals("+21620123456", driver.findElement(By.id("profileForm:phone")).getAttribute("value"));
            changeCity("Sfax");
        });
    }

    @Test
    void aWeakPasswordIsRefusedInFrenchBesideTheField() {
        run(() -> {
            driver.get(Stack.baseUrl() + "/register.xhtml");
            String username = "weak-" + Stack.unique();
            type(By.id("username"), username);
            type(By.id("email"), username + "@it.entrix.tn");
            type(By.id("phone"), "123");
            type(By.id("password"), "password123");
            click(By.id("register"));
            waitForText(By.xpath("//*[@id='password']/ancestor::div[contains(@class,'field')]"
                    + "//*[contains(@class,'ui-message-error')]"), "Mot de passe trop faible");
            assertTrue(driver.findElements(By.id("checkEmail")).isEmpty(), "nothing was registered");
            shot("register-weak-password");

            // the password fixed, the phone is next: one rule at a time, each beside its field
            type(By.id("password"), PASSWORD);
            click(By.id("register"));
            waitForText(By.xpath("//*[@id='phone']/ancestor::div[contains(@class,'field')]"
                    + "//*[contains(@class,'ui-message-error')]"), "8 chiffres");
            shot("register-phone-invalid");
        });
    }

    /** A fan (created by staff, so no email is needed) edits "Mon compte"; an admin then manages the account. */
    @Test
    void aFanEditsTheirAccountThenAnAdminFindsThemAndGrantsARole() {
        run(() -> {
            String fan = Stack.newUser("fan", PASSWORD, "USER");

            driver.get(Stack.baseUrl() + "/login.xhtml");
            shot("login-links");
            logIn(fan, PASSWORD);
            wait.until(ExpectedConditions.urlContains("/account/index.xhtml"));
            waitForText(By.id("accountUsername"), fan);
            changeCity("Sousse");
            click(By.id("topbar:logout"));
            wait.until(ExpectedConditions.urlContains("/login.xhtml"));

            logIn(Stack.adminUsername(), Stack.adminPassword());
            wait.until(ExpectedConditions.urlContains("/console/index.xhtml"));
            click(By.id("nav:users"));
            wait.until(ExpectedConditions.urlContains("/console/users/list.xhtml"));
            type(By.id("users:filter"), fan);
            wait.until(d -> d.findElements(By.cssSelector("[id='users:table'] tbody tr")).size() == 1
                    && d.findElement(By.id("users:table")).getText().contains(fan));
            shot("users-list");
            click(By.linkText(fan));
            wait.until(ExpectedConditions.urlContains("/console/users/user.xhtml?id="));
            waitForText(By.id("userCity"), "Sousse");
            waitForText(By.id("userStatus"), "Actif");
            waitForText(By.id("activity"), "PROFILE_UPDATED");
            waitForText(By.id("activity"), "USER_CREATED");
            assertTrue(roleRow("USER").getText().contains("Attribué"), roleRow("USER").getText());
            shot("user-page");

            click(By.xpath("//tr[@data-role='BADGECHECKER']//button[contains(@class,'grant')]"));
            waitForText(By.cssSelector(".ui-growl"), "Contrôleur d’accès");
            wait.until(d -> roleRow("BADGECHECKER").getText().contains("Attribué"));
            waitForText(By.id("activity"), "ROLE_GRANTED");
            shot("user-role-granted");

            // a SUPERADMIN may grant ADMIN; nobody changes their own roles: the service's refusal shows in French
            driver.get(Stack.baseUrl() + "/console/users/list.xhtml");
            type(By.id("users:filter"), Stack.adminUsername());
            // the table's link: the top bar's user name is a link too (to "Mon compte")
            By adminRow = By.xpath("//*[@id='users:table']//a[normalize-space(.)='" + Stack.adminUsername() + "']");
            // the filter's Ajax may re-render the table under the pointer: find the link again until the click lands
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                d.findElement(adminRow).click();
                return true;
            });
            wait.until(ExpectedConditions.urlContains("/console/users/user.xhtml?id="));
            click(By.xpath("//tr[@data-role='FINANCE']//button[contains(@class,'grant')]"));
            waitForText(By.cssSelector(".ui-growl"), "propres rôles");
            shot("user-self-change-refused");
        });
    }

    private void changeCity(String city) {
        type(By.id("profileForm:city"), city);
        click(By.id("profileForm:saveProfile"));
        waitForText(By.cssSelector(".ui-growl"), "Profil enregistré");
        shot("account-saved");
        driver.navigate().refresh();
        wait.until(d -> city.equals(d.findElement(By.id("profileForm:city")).getAttribute("value")));
    }

    private void logIn(String username, String password) {
        type(By.id("username"), username);
        type(By.id("password"), password);
        driver.findElement(By.id("login")).click();
    }

    private WebElement roleRow(String role) {
        return driver.findElement(By.xpath("//tr[@data-role='" + role + "']"));
    }

    /**
     * Whether the IT stack runs the mail sink: it/pom.xml then passes its port. (A port that merely answers is no
     * proof: on a shared machine another stack's sink may listen on the default port.)
     */
    private static boolean mailSinkStarted() {
        return System.getProperty("entrix.it.mail.port") != null;
    }

    private void run(Runnable scenario) {
        try {
            scenario.run();
        } catch (RuntimeException | AssertionError e) {
            if (!(e instanceof org.opentest4j.TestAbortedException)) {
                shot("failure");
            }
            throw e;
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private void type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(text);
    }

    private void click(By target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
        ajaxDone();
    }

    /** A PrimeFaces selectOneMenu: open it, pick the item by its label, wait until it shows. */
    private void choose(String menuId, String label) {
        click(By.id(menuId));
        click(By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']"));
        waitForExactText(By.id(menuId + "_label"), label);
    }

    /** A PrimeFaces selectOneButton: press the button with this label. */
    private void pressButton(String groupId, String label) {
        click(By.xpath("//*[@id='" + groupId + "']//div[contains(@class,'ui-button')][normalize-space(.)='"
                + label + "']"));
        wait.until(ExpectedConditions.attributeContains(By.xpath("//*[@id='" + groupId
                + "']//div[contains(@class,'ui-button')][normalize-space(.)='" + label + "']"), "class",
                "ui-state-active"));
    }

    /** Until PrimeFaces' Ajax queue and jQuery have nothing in flight. */
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

    private void waitForExactText(By target, String text) {
        wait.withMessage(() -> "waiting for exactly '" + text + "' in " + target)
                .until(d -> d.findElements(target).stream().anyMatch(e -> e.getText().strip().equals(text)));
    }

    /** The whole page as a PNG (the window grows to the page's height for the shot). */
    private void shot(String name) {
        ajaxDone();
        Dimension window = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(window.getHeight(),
                Math.min(height + 140, 4000))));
        try {
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(String.format("account-%02d-%s.png", ++step, name)),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save the screenshot " + name, e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }
}
