package io.factline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.NewDraft;
import io.factline.drafts.Samples;
import io.factline.validation.Validator;
import io.factline.web.TestDesk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The draft page as a working tool (issue 17, section 2) in real headless Chromium, at desktop width in UTC
 * and at phone width (390 px) in New York's time zone: the checks under the box, a click selecting the
 * figure, quick fixes, the fact picker, "edited – checking…", unsaved changes guarded on submit and on
 * leaving. Every wait is on a condition, never a sleep.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskInBrowserTest {

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
    void should_list_a_failing_claim_with_its_message_and_select_it_in_the_text_when_clicked(Screen screen) {
        long id = wrongDraft();
        open(screen, "/drafts/" + id);

        // the page's live check may redraw the list once after load: find and click again if it did
        String listed = wait.until(d -> {   // the waiter ignores a stale element: the condition runs again
            WebElement check = d.findElement(By.cssSelector("#checks li.check"));
            String text = check.getText();
            check.findElement(By.className("check-select")).click();
            return text;
        });
        assertThat(listed).contains("1.95%", "mismatch", "but fact F14 (SPY 1-day return) is +1.05%");

        assertThat(selectedText()).isEqualTo("1.95%");
        assertThat(editorValue().substring(selectionStart() - "SPY rose ".length(), selectionStart())).isEqualTo("SPY rose ");
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void should_apply_the_quick_fix_and_pass_when_the_validator_knows_the_right_figure(Screen screen) {
        long id = wrongDraft();
        open(screen, "/drafts/" + id);
        wait.until(ExpectedConditions.attributeToBe(By.id("live-verdict"), "data-verdict", "fail"));

        WebElement fix = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#checks button.fix")));
        assertThat(fix.getText()).isEqualTo("replace 1.95% with 1.05%");
        fix.click();

        wait.until(ExpectedConditions.attributeToBe(By.id("live-verdict"), "data-verdict", "pass"));
        assertThat(editorValue()).contains("SPY rose 1.05% [F14]").doesNotContain("1.95%");
        assertThat(browser.findElements(By.cssSelector("#checks li"))).isEmpty();
        assertThat(browser.findElement(By.id("dirty")).getText()).isEqualTo("Unsaved changes");
        assertThat(browser.findElements(By.cssSelector("#narrative .claim-bad"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void should_show_edited_checking_from_the_first_keystroke_until_the_check_answers(Screen screen) {
        long id = desk.draft();
        open(screen, "/drafts/" + id);
        wait.until(ExpectedConditions.attributeToBe(By.id("live-verdict"), "data-verdict", "pass"));
        js("window.verdictTexts = []; new MutationObserver(function () { window.verdictTexts.push("
                + "document.getElementById('live-verdict').textContent); }).observe(document.getElementById('live-verdict'), "
                + "{ childList: true, characterData: true, subtree: true });");

        typeAt("SPY rose 1.05% [F14]", "SPY rose 1".length(), "9");

        wait.until(ExpectedConditions.attributeToBe(By.id("live-verdict"), "data-verdict", "fail"));
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) js("return window.verdictTexts;");
        assertThat(seen).first().isEqualTo("edited – checking…");
        assertThat(seen).last().asString().startsWith("Edited: fails");
        assertThat(browser.findElement(By.cssSelector("#checks li")).getText()).contains("19.05%", "replace 19.05% with 1.05%");
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void should_find_a_fact_and_insert_its_value_with_its_marker(Screen screen) {
        long id = desk.draft();
        open(screen, "/drafts/" + id);
        wait.until(ExpectedConditions.attributeToBe(By.id("live-verdict"), "data-verdict", "pass"));
        int end = editorValue().indexOf("IWM's 30-day volatility") ;
        assertThat(end).isPositive();
        js("var e = document.getElementById('editor'); e.focus(); e.setSelectionRange(arguments[0], arguments[0]);", 0);
        js("document.getElementById('editor').blur();");

        WebElement search = browser.findElement(By.id("fact-search"));
        search.sendKeys("IWM 30-day");
        WebElement hit = wait.until(d -> d.findElements(By.cssSelector("#fact-results li")).stream()
                .filter(li -> li.getText().contains("volatility")).findFirst().orElse(null));
        assertThat(browser.findElements(By.cssSelector("#fact-results li"))).allSatisfy(li -> assertThat(li.getText()).contains("IWM", "30-day"));
        assertThat(hit.getText()).contains("[F27]", "1.26%");
        hit.findElement(By.cssSelector("button.insert")).click();

        assertThat(editorValue()).startsWith("1.26% [F27]# Stocks rally");
        assertThat(selectionStart()).isEqualTo("1.26% [F27]".length());
        wait.until(ExpectedConditions.attributeToBe(By.id("live-verdict"), "data-verdict", "fail"));   // the figure says nothing of whom
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void should_save_then_submit_when_submitting_with_unsaved_changes_and_save_is_chosen(Screen screen) {
        long id = desk.draft();
        open(screen, "/drafts/" + id);
        typeAt("SPY rose 1.05% [F14] on the day.", "SPY rose 1.05% [F14] on the day.".length(), " A broad advance.");

        browser.findElement(By.id("submit")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unsaved-dialog")));
        assertThat(dialog.getText()).contains("unsaved changes", "Save and submit for review", "Discard changes and submit for review");
        browser.findElement(By.id("save-and-act")).click();

        wait.until(ExpectedConditions.textToBe(By.id("draft-state"), "in review"));
        assertThat(browser.findElement(By.id("shown-version")).getText()).isEqualTo("2");
        assertThat(editorValue()).contains("on the day. A broad advance.");
        assertThat(browser.findElement(By.id("audit")).getDomProperty("textContent")).contains("submit");
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void should_submit_the_saved_version_when_discard_is_chosen(Screen screen) {
        long id = desk.draft();
        open(screen, "/drafts/" + id);
        typeAt("SPY rose 1.05% [F14] on the day.", "SPY rose 1.05% [F14] on the day.".length(), " Not kept.");

        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unsaved-dialog")));
        browser.findElement(By.id("discard-and-act")).click();

        wait.until(ExpectedConditions.textToBe(By.id("draft-state"), "in review"));
        assertThat(browser.findElement(By.id("shown-version")).getText()).isEqualTo("1");
        assertThat(editorValue()).doesNotContain("Not kept.");
    }

    @Test
    void should_keep_editing_when_the_dialog_is_dismissed() {
        long id = desk.draft();
        open(Screen.DESKTOP, "/drafts/" + id);
        typeAt("SPY rose 1.05% [F14] on the day.", "SPY rose 1.05% [F14] on the day.".length(), " Still here.");

        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unsaved-dialog")));
        browser.findElement(By.id("keep-editing")).click();

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("unsaved-dialog")));
        assertThat(browser.findElement(By.id("draft-state")).getText()).isEqualTo("draft");
        assertThat(editorValue()).contains("Still here.");
    }

    @Test
    void should_ask_the_browser_to_warn_before_leaving_only_while_there_are_unsaved_changes() {
        long id = desk.draft();
        open(Screen.DESKTOP, "/drafts/" + id);
        String leave = "var e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented;";
        assertThat(js(leave)).isEqualTo(false);

        typeAt("SPY rose 1.05% [F14] on the day.", "SPY rose 1.05% [F14] on the day.".length(), " Unsaved.");

        assertThat(js(leave)).isEqualTo(true);
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("shown-version"), "2"));
        assertThat(js(leave)).isEqualTo(false);
        assertThat(editorValue()).contains("Unsaved.");
    }

    @Test
    void should_show_text_and_preview_side_by_side_with_the_history_in_tabs_at_desktop_width() throws IOException {
        long id = wrongDraft();
        open(Screen.DESKTOP, "/drafts/" + id);
        wait.until(ExpectedConditions.attributeToBe(By.id("live-verdict"), "data-verdict", "fail"));
        wait.until(ExpectedConditions.attributeToBe(By.id("chart"), "data-ready", "true"));

        WebElement edit = browser.findElement(By.id("edit"));
        WebElement preview = browser.findElement(By.cssSelector(".pane-preview"));
        assertThat(edit.getRect().getX()).isLessThan(preview.getRect().getX());
        assertThat(Math.abs(edit.getRect().getY() - preview.getRect().getY())).isLessThan(5);
        assertThat(browser.findElement(By.id("panel-sources")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("panel-audit")).isDisplayed()).isFalse();
        browser.findElement(By.id("tab-audit")).click();
        assertThat(browser.findElement(By.id("panel-audit")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("panel-sources")).isDisplayed()).isFalse();
        browser.findElement(By.id("tab-sources")).click();

        js("window.scrollTo(0, 600);");
        WebElement head = browser.findElement(By.id("desk-head"));
        assertThat(((Number) js("return arguments[0].getBoundingClientRect().top;", head)).doubleValue()).isBetween(-1.0, 1.0);
        assertThat(head.getText()).contains("draft", "fails", "Submit for review");

        js("window.scrollTo(0, 0);");
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(shot, Path.of("target", "screenshots", "desk-draft.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private long wrongDraft() {
        var c = Samples.commentary();
        String text = Samples.wrongNumber();
        return desk.draft(new NewDraft(Samples.sheet(), c.writer(), c.attempts(), c.dataNotes(), c.disclaimer(), text,
                new Validator().validate(Samples.sheet(), text, true)));
    }

    /** Opens a page signed in as erin on the given screen; a draft's page once its live check has answered. */
    private void open(Screen screen, String path) {
        web.open("erin", screen, path);
        web.checked();
    }

    /** Puts the caret {@code offset} characters into the first {@code context} of the box and types there. */
    private void typeAt(String context, int offset, String typed) {
        int at = editorValue().indexOf(context);
        assertThat(at).as("edit box holds '%s'", context).isGreaterThanOrEqualTo(0);
        WebElement editor = browser.findElement(By.id("editor"));
        js("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[1]);", editor, at + offset);
        new Actions(browser).sendKeys(typed).perform();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private String editorValue() {
        return browser.findElement(By.id("editor")).getDomProperty("value");
    }

    private int selectionStart() {
        return ((Number) js("return document.getElementById('editor').selectionStart;")).intValue();
    }

    private String selectedText() {
        return (String) js("var e = document.getElementById('editor'); return e.value.slice(e.selectionStart, e.selectionEnd);");
    }
}
