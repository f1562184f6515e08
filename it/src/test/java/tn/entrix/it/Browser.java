package tn.entrix.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Selenium, with the waits that PrimeFaces pages need (Ajax queue empty,
 * widgets rendered) and full-page screenshots into target/screenshots/. Downloads land in {@link #downloads()}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Debian's driver; naming it keeps Selenium Manager from downloading one (nothing can be downloaded here). */
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final Path downloads;
    private final String prefix;
    private int step;

    /** A fresh browser (own profile, French first); screenshots are named {@code <prefix>-NN-<name>.png}. */
    Browser(String prefix) throws IOException {
        this(prefix, "fr-FR");
    }

    /** The same with another first language, e.g. {@code en-GB} (the browser's and the pages' navigator.language). */
    Browser(String prefix, String language) throws IOException {
        this.prefix = prefix;
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("entrix-chromium-");
        downloads = Files.createTempDirectory("entrix-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages",
                language + "," + language.substring(0, 2)));
        driver = new ChromeDriver(options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // a polled or Ajax-updated part of a page can be replaced between finding an element and reading it: look again
        wait.ignoring(StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Path downloads() {
        return downloads;
    }

    void open(String path) {
        driver.get(Stack.baseUrl() + path);
        ajaxDone();
    }

    /** Logs in through the login page and waits for the dashboard. */
    void login(String username, String password) {
        open("/login.xhtml");
        type(By.id("username"), username);
        type(By.id("password"), password);
        driver.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.urlContains("/console/index.xhtml"));
        ajaxDone();
    }

    void type(By field, String text) {
        WebElement input = wait.withMessage(() -> "waiting for " + field + " to type in")
                .until(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(text);
    }

    void click(By target) {
        wait.withMessage(() -> "waiting for " + target + " to click")
                .until(ExpectedConditions.elementToBeClickable(target)).click();
        ajaxDone();
    }

    /** Until the dialog is shown and its opening animation has ended (a screenshot would catch it half faded). */
    void dialogShown(String id) {
        wait.withMessage(() -> "waiting for the dialog " + id).until(d -> d.findElements(By.id(id)).stream()
                .anyMatch(e -> e.isDisplayed() && "1".equals(e.getCssValue("opacity"))));
    }

    /**
     * A PrimeFaces selectOneMenu: open it, pick the item by its label, wait until it shows and the panel has closed.
     * A click that lands while the panel is still fading in can be lost on a loaded machine (the panel stays open,
     * nothing chosen), so the item is clicked only once the panel is fully shown, and the whole pick is tried again
     * (up to three times) when the label did not change.
     */
    void choose(String menuId, String label) {
        By menu = By.id(menuId);
        By panel = By.id(menuId + "_panel");
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        By shown = By.id(menuId + "_label");
        retried(() -> {
            if (!driver.findElement(panel).isDisplayed()) {
                click(menu);
            }
            wait.withMessage(() -> "waiting for the items of " + menuId).until(d -> {
                WebElement list = d.findElement(panel);
                return list.isDisplayed() && "1".equals(list.getCssValue("opacity"));
            });
            click(item);
        }, d -> d.findElement(shown).getText().strip().equals(label), () -> "waiting for " + label + " in " + menuId);
        wait.withMessage(() -> "waiting for the items of " + menuId + " to close")
                .until(ExpectedConditions.invisibilityOfElementLocated(panel));
        ajaxDone();
    }

    /** A PrimeFaces selectOneButton: press the button with this label. */
    void pressButton(String groupId, String label) {
        By button = By.xpath("//*[@id='" + groupId + "']//div[contains(@class,'ui-button')][normalize-space(.)='"
                + label + "']");
        click(button);
        wait.withMessage(() -> "waiting for " + label + " to be pressed").until(
                ExpectedConditions.attributeContains(button, "class", "ui-state-active"));
    }

    /**
     * Types a date into a PrimeFaces datePicker, then clicks {@code elsewhere} (a plain element): the picker's panel
     * closes and the input's change event fires, as when a user moves on.
     */
    void typeDate(String pickerId, String text, By elsewhere) {
        By field = By.id(pickerId + "_input");
        WebElement input = wait.withMessage(() -> "waiting for " + pickerId + " to type in")
                .until(ExpectedConditions.elementToBeClickable(field));
        if (input.getAttribute("value").isEmpty()) {
            type(field, text);
        } else {
            // as a user does: select what is there and type over it (the picker puts back a value cleared by script)
            input.click();
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
            input.sendKeys(Keys.BACK_SPACE);
            input.sendKeys(text);
        }
        click(elsewhere);
        // The picker can take the focus back into its input while its panel closes, and its panel then opens again
        // (seen on a loaded machine: the next field's keys landed in the date; once the panel stayed open). As long
        // as the panel shows or the date has the focus, click elsewhere again; done when both held for two looks in
        // a row, half a second apart.
        int[] settled = {0};
        wait.withMessage(() -> "waiting for the panel of " + pickerId + " to close and let go of the focus")
                .until(d -> {
                    boolean open = d.findElements(By.id(pickerId + "_panel")).stream().anyMatch(WebElement::isDisplayed);
                    if (open || focused(field)) {
                        settled[0] = 0;
                        d.findElement(elsewhere).click();
                        return false;
                    }
                    return ++settled[0] == 2;
                });
        ajaxDone();
        wait.withMessage(() -> "waiting for " + pickerId + " to hold " + text)
                .until(d -> text.equals(value(field)));
    }

    /**
     * A PrimeFaces autoComplete: type, then pick the suggestion that contains {@code item}. The keys are typed again
     * when they did not all land in the field or no suggestion came (a query lost on a loaded machine), up to three
     * times, as a user would.
     */
    void complete(String id, String text, String item) {
        By field = By.id(id + "_input");
        By suggestion = By.xpath("//*[@id='" + id + "_panel']//li[contains(@class,'ui-autocomplete-item')]"
                + "[contains(normalize-space(.), '" + item + "')]");
        retried(() -> type(field, text), ExpectedConditions.visibilityOfElementLocated(suggestion),
                () -> "waiting for the suggestion " + item + " (the field holds '" + value(field) + "')");
        click(suggestion);
    }

    /**
     * Does {@code act} and waits a few seconds for {@code effect}; on a loaded machine an action can be lost (a click
     * on a panel still fading in, a query typed while the focus was elsewhere), so it is done again, three times in
     * all, the last one with the full wait.
     */
    private void retried(Runnable act, Function<WebDriver, ?> effect, Supplier<String> message) {
        for (int attempt = 1; attempt < 3; attempt++) {
            act.run();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                        .until(effect);
                return;
            } catch (TimeoutException e) {
                // lost: again
            }
        }
        act.run();
        wait.withMessage(message).until(effect);
    }

    private boolean focused(By target) {
        WebElement element = driver.findElement(target);
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.activeElement === arguments[0]", element);
    }

    /** Until PrimeFaces' Ajax queue and jQuery have nothing in flight. */
    void ajaxDone() {
        wait.withMessage(() -> "waiting for the page and its Ajax requests")
                .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)"));
    }

    void waitForText(By target, String text) {
        wait.withMessage(() -> "waiting for '" + text + "' in " + target)
                .until(ExpectedConditions.textToBePresentInElementLocated(target, text));
    }

    void waitForExactText(By target, String text) {
        wait.withMessage(() -> "waiting for exactly '" + text + "' in " + target)
                .until(d -> d.findElements(target).stream().anyMatch(e -> e.getText().strip().equals(text)));
    }

    String value(By input) {
        return driver.findElement(input).getAttribute("value");
    }

    /** Waits for a finished download whose name ends with {@code suffix}. */
    Path download(String suffix) {
        wait.withMessage(() -> "waiting for a downloaded *" + suffix).until(d -> find(suffix) != null);
        return find(suffix);
    }

    private Path find(String suffix) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** The whole page as a PNG (the window grows to the page's height for the shot). */
    void shot(String name) {
        ajaxDone();
        Dimension window = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(window.getHeight(),
                Math.min(height + 140, 4000))));
        try {
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", prefix, ++step, name)),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save the screenshot " + name, e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        for (Path dir : new Path[]{profile, downloads}) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
