package io.factline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.web.TestDesk;
import java.time.LocalDate;
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
 * An editor-sourced fact (issue 17, section 1) in real headless Chromium, at desktop width in UTC and at 390 px in
 * New York: added with the form on the draft, cited as [E1] in the box, validated like any fact, and shown to
 * readers with "Source: … (added by the desk)" in the footnote and the popover. An unusable value is refused with
 * a message that says what is wrong, never a 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorFactsInBrowserTest {

    static final String TITLE = "U.S. Treasury daily par yield curve";
    static final String URL = "https://home.treasury.gov/resource-center/data-chart-center/interest-rates";
    static final String SENTENCE = "\n\nBonds barely moved: the 10-year Treasury yield ended the session at 4.25% [E1], where it started the week.";

    @RegisterExtension
    static final Browser web = Browser.onDesk();

    TestDesk desk;
    ChromeDriver browser;
    WebDriverWait wait;
    DeskSteps steps;

    @BeforeAll
    void start() {
        desk = web.desk();
        browser = web.driver();
        wait = web.waiter();
        steps = new DeskSteps(desk);
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void should_validate_a_figure_the_sheet_lacks_once_the_editor_adds_it_and_show_readers_it_was_added_by_the_desk(Screen screen) {
        String date = screen == Screen.DESKTOP ? "2026-03-12" : "2026-03-13";
        long id = steps.draft(LocalDate.parse(date));
        web.openDraft("erin", screen, id);
        type(SENTENCE);
        wait.until(ExpectedConditions.attributeToBe(By.id("live-verdict"), "data-verdict", "fail"));   // [E1] does not exist yet
        web.click(By.id("save"));
        wait.until(ExpectedConditions.textToBe(By.id("shown-version"), "2"));
        web.checked();

        fill("4.25");
        web.click(By.id("add-fact"));

        assertThat(web.text(By.id("flash"))).isEqualTo("Added E1 (10-year Treasury yield, 4.25%); cite it as [E1].");
        assertThat(browser.findElement(By.id("editor-fact-list")).getText()).isEqualTo("[E1] 10-year Treasury yield (^TNX): 4.25% as of "
                + date + "; " + TITLE + " (added by the desk), " + URL + "; added by erin");
        web.checked();
        wait.until(ExpectedConditions.attributeToBe(By.id("live-verdict"), "data-verdict", "pass"));
        WebElement claim = browser.findElements(By.cssSelector("#narrative .claim")).stream()
                .filter(c -> c.getText().startsWith("4.25%")).findFirst().orElseThrow();
        assertThat(claim.getAttribute("class")).contains("claim-ok");
        assertThat(desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 2,
                "text", desk.store.version(id, 2).orElseThrow().body())).status()).isEqualTo(201);   // version 3: now it passes
        steps.published(steps.approved(steps.submitted(id)));

        web.signOut();
        web.get(screen, "/commentary/" + date);
        WebElement note = browser.findElements(By.cssSelector("#footnotes li")).stream()
                .filter(li -> li.getText().contains("10-year Treasury yield")).findFirst().orElseThrow();
        assertThat(note.getText()).contains("10-year Treasury yield: 4.25%.", "Source: " + TITLE + " (added by the desk)");
        WebElement figure = browser.findElements(By.cssSelector("#narrative .claim")).stream()
                .filter(c -> c.getText().startsWith("4.25%")).findFirst().orElseThrow();
        web.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", figure);
        WebElement tip = figure.findElement(By.className("tip"));
        wait.until(ExpectedConditions.visibilityOf(tip));
        assertThat(tip.getText()).contains("10-year Treasury yield", "4.25%", "(added by the desk)");
    }

    @Test
    void should_say_which_field_is_wrong_and_add_nothing_when_the_value_is_not_a_number() {
        long id = steps.draft(LocalDate.parse("2026-03-11"));
        web.openDraft("erin", Screen.DESKTOP, id);

        fill("four and a quarter");
        web.click(By.id("add-fact"));

        assertThat(web.text(By.id("notice"))).isEqualTo("Fact not added: Value: 'four and a quarter' is not a number, like 4.25");
        assertThat(browser.findElements(By.cssSelector("#editor-fact-list li"))).isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Draft #" + id + " for 2026-03-11");
    }

    private void fill(String value) {
        browser.findElement(By.id("fact-subject")).sendKeys("^TNX");
        browser.findElement(By.id("fact-label")).sendKeys("10-year Treasury yield");
        browser.findElement(By.id("fact-value")).sendKeys(value);
        new Select(browser.findElement(By.id("fact-unit"))).selectByVisibleText("percent");
        browser.findElement(By.id("fact-source-title")).sendKeys(TITLE);
        browser.findElement(By.id("fact-source-url")).sendKeys(URL);
    }

    /** Types at the end of the text box. */
    private void type(String text) {
        WebElement editor = browser.findElement(By.id("editor"));
        web.js("var e = arguments[0]; e.focus(); e.setSelectionRange(e.value.length, e.value.length);", editor);
        editor.sendKeys(text);
    }
}
