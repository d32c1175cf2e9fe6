package io.factline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.web.TestDesk;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17, section 1 in real headless Chromium, at desktop width in UTC and at 390 px in New York: an editor
 * requests changes and the note is pinned at the top of the draft; a published commentary is reopened for a
 * correction (the note is required), corrected and published again, and readers see "Corrected on …: note"; a
 * newer commentary for a date supersedes the older one, which keeps its URL marked "superseded by …". Steps that
 * are not under test (submit, approve) go through the API; every wait is on a condition.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionsInBrowserTest {

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
    void should_pin_the_note_at_the_top_of_the_draft_when_the_reviewer_requests_changes(Screen screen) {
        long id = steps.submitted(steps.draft(LocalDate.parse("2026-03-23")));
        String note = "Lead with small caps; cut the second chart mention.";
        web.signOut();
        web.openDraft("ada", screen, id);

        web.click(By.id("request-changes-open"));
        web.click(By.id("request-changes"));   // no note yet: the browser keeps the form
        assertThat(web.js("return document.getElementById('request-changes-note').validity.valueMissing;")).isEqualTo(true);
        assertThat(browser.findElement(By.id("draft-state")).getText()).isEqualTo("in review");
        browser.findElement(By.id("request-changes-note")).sendKeys(note);
        web.click(By.id("request-changes"));

        wait.until(ExpectedConditions.textToBe(By.id("draft-state"), "draft"));
        assertThat(browser.findElement(By.id("flash")).getText()).isEqualTo("Sent back to draft; your note is pinned at the top.");
        web.signOut();
        web.openDraft("erin", screen, id);
        WebElement pinned = browser.findElement(By.id("pinned-note"));
        assertThat(pinned.getText()).startsWith("Changes requested by ada, ").endsWith(": " + note);
        assertThat(pinned.getRect().getY()).as("pinned above the text box")
                .isLessThan(browser.findElement(By.id("editor")).getRect().getY());
        assertThat(pinned.getRect().getY()).as("in the first screenful").isLessThan(screen.height);
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void should_show_readers_corrected_on_with_the_note_once_a_reopened_commentary_is_corrected_and_published(Screen screen) {
        String date = screen == Screen.DESKTOP ? "2026-03-16" : "2026-03-17";
        long id = steps.publishedDraft(LocalDate.parse(date));
        String note = "The sector paragraph named the wrong leader.";
        web.signOut();
        web.openDraft("erin", screen, id);

        web.click(By.id("reopen-open"));
        web.click(By.id("reopen"));   // no note: the browser keeps the form
        assertThat(web.js("return document.getElementById('reopen-note').validity.valueMissing;")).isEqualTo(true);
        assertThat(browser.findElement(By.id("draft-state")).getText()).isEqualTo("published");
        browser.findElement(By.id("reopen-note")).sendKeys(note);
        web.click(By.id("reopen"));

        wait.until(ExpectedConditions.textToBe(By.id("draft-state"), "draft"));
        web.checked();
        assertThat(browser.findElement(By.id("pinned-note")).getText()).startsWith("Reopened for a correction by erin").endsWith(": " + note);
        web.signOut();
        web.get(screen, "/commentary/" + date);
        assertThat(browser.findElements(By.id("correction-note"))).as("the published text stays live, uncorrected").isEmpty();

        web.openDraft("erin", screen, id);
        WebElement editor = browser.findElement(By.id("editor"));
        web.js("var e = arguments[0]; e.focus(); e.setSelectionRange(e.value.length, e.value.length);", editor);
        editor.sendKeys("\n\nCorrected paragraph: leadership was broad.");
        web.click(By.id("save"));
        wait.until(ExpectedConditions.textToBe(By.id("shown-version"), "2"));
        steps.approved(steps.submitted(id));
        web.signOut();
        web.openDraft("ada", screen, id);
        web.click(By.id("publish"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("draft-state"), "published"));

        web.signOut();
        web.get(screen, "/commentary/" + date);
        assertThat(browser.findElement(By.id("correction-note")).getText()).matches("Corrected on \\d{4}-\\d{2}-\\d{2}[^:]*\\d{2}:\\d{2}[^:]*: "
                + java.util.regex.Pattern.quote(note));
        assertThat(browser.findElement(By.id("narrative")).getText()).contains("Corrected paragraph: leadership was broad.");
        assertThat(desk.store.version(id, 1).orElseThrow().body()).doesNotContain("Corrected paragraph");   // the history kept
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void should_mark_the_older_commentary_superseded_at_its_url_when_a_newer_one_for_its_date_is_published(Screen screen) {
        LocalDate date = LocalDate.parse(screen == Screen.DESKTOP ? "2026-03-18" : "2026-03-19");
        long older = steps.publishedDraft(date);
        long newer = steps.draft(date);
        assertThat(desk.postJson(desk.editorToken, "/api/drafts/" + newer + "/versions", java.util.Map.of("baseVersion", 1,
                "text", desk.store.version(newer, 1).orElseThrow().body() + "\n\nA late note: trading thinned out into the close.\n"))
                .status()).isEqualTo(201);
        steps.approved(steps.submitted(newer));
        web.signOut();
        web.openDraft("ada", screen, newer);

        web.click(By.id("publish"));
        assertThat(wait.until(ExpectedConditions.alertIsPresent()).getText()).contains("replaces any commentary already published");
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBe(By.id("draft-state"), "published"));

        web.openDraft("ada", screen, older);
        assertThat(browser.findElement(By.id("superseded-note")).getText()).startsWith("Superseded by draft " + newer);
        assertThat(browser.findElements(By.id("reopen-open"))).as("a superseded commentary is not reopened").isEmpty();
        web.signOut();
        web.get(screen, "/published/" + older);
        WebElement notice = browser.findElement(By.id("superseded-note"));
        assertThat(notice.getText()).startsWith("This commentary was superseded by a newer commentary for " + date);
        assertThat(browser.findElement(By.id("narrative")).getText()).doesNotContain("A late note");
        web.click(By.id("superseded-link"));
        wait.until(ExpectedConditions.urlMatches("/commentary/" + date + "$"));
        assertThat(browser.findElement(By.id("narrative")).getText()).contains("A late note: trading thinned out into the close.");
        assertThat(browser.findElements(By.id("superseded-note"))).isEmpty();
    }
}
