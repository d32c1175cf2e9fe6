package io.factline.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.factline.web.TestDesk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one browser fixture of the browser tests: registered as {@code @RegisterExtension static final Browser web =
 * Browser.onDesk();}, it starts the real desk ({@link TestDesk}) and one headless Chromium per test class, in a
 * fresh profile, and stops both after the class; without Chromium the class is skipped, as it says. Before each
 * test the browser's screen emulation is cleared and its time zone set to the class's (UTC unless asked); a test
 * picks a {@link Screen} for desktop or phone width and New York's time zone. When a test fails, what the browser
 * showed is saved to target/screenshots/CLASS-METHOD.png (and .html) before any clean-up.
 *
 * <p>Waits are on conditions and ignore a stale element: the draft page's live check redraws the preview and the
 * checks list once after load, so a condition is re-evaluated, finding its element again, instead of failing.
 */
final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback {

    private final Supplier<TestDesk> desks;
    private final String zone;
    private TestDesk desk;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path profile;

    private Browser(Supplier<TestDesk> desks, String zone) {
        this.desks = desks;
        this.zone = zone;
    }

    /** A browser on a standard desk (four eyes on, offline chat), in UTC. */
    static Browser onDesk() {
        return new Browser(TestDesk::start, "UTC");
    }

    /** The same, with every test of the class starting in the given time zone. */
    Browser inTimeZone(String timeZone) {
        return new Browser(desks, timeZone);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        assumeTrue(Chromium.installed(), "no Chromium installed (" + Chromium.BROWSER + ", " + Chromium.DRIVER
                + "): browser tests skipped; scripts/test-services.sh installs chromium and chromium-driver");
        desk = desks.get();
        profile = Files.createTempDirectory("factline-chromium-");
        driver = Chromium.start(profile);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        Screen.timeZone(driver, zone);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Throwable failure = context.getExecutionException().orElse(null);
        if (failure == null || failure instanceof TestAbortedException || driver == null) return;
        Path dir = Path.of("target", "screenshots");
        String display = context.getDisplayName();   // "[2] screen=PHONE_NEW_YORK" for a parameterized test
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                + (display.startsWith("[") ? "-" + display.replaceAll("[^A-Za-z0-9_]+", "_") : "");
        try {
            Files.createDirectories(dir);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            System.err.println("browser test failed; screenshot: " + dir.resolve(name + ".png").toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save a screenshot of " + name + ": " + e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) driver.quit();
        } finally {
            if (desk != null) desk.close();
            if (profile != null) {
                try (var files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiter() {
        return wait;
    }

    TestDesk desk() {
        return desk;
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Signs out: the browser forgets every cookie. */
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Opens a public page as whoever the browser is signed in as (nobody after {@link #signOut}). */
    void get(Screen screen, String path) {
        screen.apply(driver);
        driver.get(desk.base + path);
    }

    /** Opens a page signed in as {@code user}, through the sign-in form when the browser has no session. */
    void open(String user, Screen screen, String path) {
        open(user, screen, screen.zone, path);
    }

    /** The same in a given time zone. */
    void open(String user, Screen screen, String timeZone, String path) {
        screen.apply(driver, timeZone);
        driver.get(desk.base + path);
        if (driver.getCurrentUrl().contains("/login")) {
            driver.findElement(By.id("username")).sendKeys(user);
            driver.findElement(By.id("password")).sendKeys(TestDesk.PASSWORD);
            driver.findElement(By.id("sign-in")).click();
            wait.until(ExpectedConditions.urlMatches(path.replace("?", "\\?") + "$"));
        }
    }

    /** Opens a draft's page as {@code user} and waits until the page's own check of the box has answered (if it can edit). */
    void openDraft(String user, Screen screen, long id) {
        open(user, screen, "/drafts/" + id);
        checked();
    }

    /** Waits until the draft page's live check has answered, so the preview and the checks it redraws stand still. */
    void checked() {
        if (!driver.findElements(By.id("live-verdict")).isEmpty()) {
            wait.until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("live-verdict")), "data-verdict"));
        }
    }

    /** Clicks what {@code by} finds once it is clickable, finding it again if the page redrew it in between. */
    void click(By by) {
        wait.until(d -> {
            WebElement e = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (e == null) return false;
            e.click();
            return true;
        });
    }

    /** The text of what {@code by} finds, once it is visible, found again if it was redrawn. */
    String text(By by) {
        return wait.until(d -> {
            WebElement e = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
            return e == null ? null : e.getText();
        });
    }
}
