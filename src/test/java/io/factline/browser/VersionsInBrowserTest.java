package io.factline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.Samples;
import io.factline.web.TestDesk;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The versions tab of the draft page (issue 17, section 2) in real headless Chromium: pick two versions, see the
 * sentences, figures and checks that changed (from GET /api/drafts/{id}/diff), restore one as a new version.
 * At desktop width in UTC and at 390 px in New York. Every wait is on a condition, never a sleep.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionsInBrowserTest {

    private static final String BONDS = "\n\nIn the bond market the 10-year Treasury yield sat at 4.25% [E1] by the close.\n";
    private static final Map<String, Object> TEN_YEAR = Map.of("subject", "^TNX", "label", "10-year Treasury yield", "value", 4.25,
            "unit", "percent", "asOf", "2026-03-23", "source", Map.of("title", "U.S. Treasury daily par yield curve",
                    "url", "https://home.treasury.gov/resource-center/data-chart-center/interest-rates"));

    @RegisterExtension
    static final Browser web = Browser.onDesk();

    TestDesk desk;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void start() {
        desk = web.desk();
        browser = web.driver();
        wait = web.waiter();
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void should_show_the_changed_sentence_and_figures_then_restore_the_older_version_when_asked(Screen screen) {
        long id = desk.draft();
        String passing = desk.store.version(id, 1).orElseThrow().body();
        save(id, 1, Samples.wrongNumber());
        open(screen, "/drafts/" + id);

        browser.findElement(By.id("tab-versions")).click();
        assertThat(new Select(browser.findElement(By.id("diff-from"))).getFirstSelectedOption().getText()).isEqualTo("Version 1");
        assertThat(new Select(browser.findElement(By.id("diff-to"))).getFirstSelectedOption().getText()).isEqualTo("Version 2");
        browser.findElement(By.id("diff-show")).click();

        WebElement diff = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#diff .diff-summary")));
        assertThat(diff.getText()).isEqualTo("Version 1 (pass) to version 2 (fail):");
        WebElement changed = browser.findElement(By.cssSelector("#diff li.diff-changed"));
        assertThat(changed.findElement(By.tagName("del")).getText()).contains("SPY rose 1.05% [F14]");
        assertThat(changed.findElement(By.tagName("ins")).getText()).contains("SPY rose 1.95% [F14]");
        assertThat(browser.findElements(By.cssSelector("#diff li.diff-changed"))).hasSize(1);
        assertThat(texts("#diff li.diff-added, #diff li.diff-removed")).containsExactlyInAnyOrder(
                "Added: 1.95% [F14] (mismatch)", "Removed: 1.05% [F14] (supported)");

        browser.findElement(By.id("diff-restore-1")).click();

        wait.until(ExpectedConditions.textToBe(By.id("shown-version"), "3"));
        assertThat(browser.findElement(By.id("flash")).getText()).isEqualTo("Version 1 restored as version 3.");
        assertThat(browser.findElement(By.id("editor")).getDomProperty("value")).isEqualTo(passing);
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("passes");
        assertThat(desk.store.version(id, 2).orElseThrow().body()).isEqualTo(Samples.wrongNumber());   // history kept
    }

    @Test
    void should_list_a_check_that_changed_when_the_text_stayed_the_same() {
        long id = desk.draft();
        String text = desk.store.version(id, 1).orElseThrow().body() + BONDS;
        save(id, 1, text);   // version 2 cites [E1] before the fact exists
        assertThat(desk.postJson(desk.adminToken, "/api/drafts/" + id + "/facts", TEN_YEAR).status()).isEqualTo(201);
        save(id, 2, text);   // version 3: the same text, now supported
        open(Screen.DESKTOP, "/drafts/" + id);

        browser.findElement(By.id("tab-versions")).click();
        new Select(browser.findElement(By.id("diff-from"))).selectByVisibleText("Version 2");
        new Select(browser.findElement(By.id("diff-to"))).selectByVisibleText("Version 3");
        browser.findElement(By.id("diff-show")).click();

        WebElement check = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#diff li.diff-check")));
        assertThat(check.getText()).startsWith("4.25% [E1]: unknown citation → supported");
        assertThat(browser.findElements(By.cssSelector("#diff li.diff-changed, #diff li.diff-added, #diff li.diff-removed"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#diff .diff-summary")).getText()).isEqualTo("Version 2 (fail) to version 3 (pass):");
        assertThat(browser.findElement(By.id("diff-restore-2")).getText()).isEqualTo("Restore version 2 as a new version");
        assertThat(browser.findElements(By.id("diff-restore-3"))).as("the current version is not offered").isEmpty();
    }

    private void save(long id, int base, String text) {
        assertThat(desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", base, "text", text)).status())
                .isEqualTo(201);
    }

    private java.util.List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** Opens a page signed in as erin on the given screen; a draft's page once its live check has answered. */
    private void open(Screen screen, String path) {
        web.open("erin", screen, path);
        web.checked();
    }
}
