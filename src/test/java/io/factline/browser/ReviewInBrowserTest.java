package io.factline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.NewDraft;
import io.factline.drafts.Samples;
import io.factline.validation.Validator;
import io.factline.web.TestDesk;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review desk in real headless Chromium: an editor signs in, reads a draft, breaks a number and
 * sees it flagged, is refused approval, fixes it, approves and publishes, and a reader sees it.
 * Every wait is an explicit wait on a condition, never a sleep.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewInBrowserTest {

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

    @Test
    void should_sign_in_and_open_a_draft_from_the_list() {
        long id = desk.draft();
        browser.manage().deleteAllCookies();

        browser.get(desk.base + "/drafts");
        wait.until(ExpectedConditions.urlContains("/login?next="));
        browser.findElement(By.id("username")).sendKeys("erin");
        browser.findElement(By.id("password")).sendKeys(TestDesk.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlMatches("/drafts$"));
        browser.findElement(By.cssSelector("a[href='/drafts/" + id + "']")).click();

        wait.until(ExpectedConditions.urlMatches("/drafts/" + id + "$"));
        assertThat(browser.findElement(By.id("draft-state")).getText()).isEqualTo("draft");
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("passes");
        assertThat(browser.findElement(By.cssSelector(".who span")).getText()).isEqualTo("erin");
    }

    @Test
    void should_show_a_numbers_fact_when_the_editor_hovers_it() {
        long id = desk.draft();
        openAsEditor("/drafts/" + id);
        WebElement number = claim("1.05%");
        WebElement tip = number.findElement(By.className("tip"));
        assertThat(tip.isDisplayed()).isFalse();

        new Actions(browser).moveToElement(number).perform();

        wait.until(ExpectedConditions.visibilityOf(tip));
        assertThat(tip.getText()).contains("Supported", "[F14] SPY 1-day return", "+1.05%", "Formula: (p[t] / p[t-1] - 1) * 100",
                "Inputs: p[t] = 653.6959", "Source: S2 daily bars of SPY");
    }

    @Test
    void should_flag_a_wrong_number_refuse_approval_then_approve_and_publish_once_it_is_fixed() {
        long id = desk.draft();
        openAsEditor("/drafts/" + id);
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("draft-state"), "in review"));
        web.checked();

        replaceInEditor("SPY rose 1.05% [F14]", "1.05", "1.95");
        wait.until(ExpectedConditions.attributeToBe(By.id("live-verdict"), "data-verdict", "fail"));
        assertThat(browser.findElements(By.cssSelector("#narrative .claim-bad"))).extracting(e -> e.getText().strip()).anyMatch(t -> t.startsWith("1.95%"));
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("shown-version"), "2"));
        web.checked();   // the reloaded page's live check redraws the preview once

        WebElement wrong = claim("1.95%");
        assertThat(wrong.getAttribute("class")).contains("claim-bad");
        assertThat(wrong.getCssValue("color")).isEqualTo("rgba(179, 38, 30, 1)");
        new Actions(browser).moveToElement(wrong).perform();
        WebElement tip = wrong.findElement(By.className("tip"));
        wait.until(ExpectedConditions.visibilityOf(tip));
        assertThat(tip.getText()).contains("Fails: mismatch", "+1.05%");
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("fails");

        browser.findElement(By.id("approve-open")).click();
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("cannot approve: version 2 fails validation");
        assertThat(browser.findElement(By.id("draft-state")).getText()).isEqualTo("in review");

        replaceInEditor("SPY rose 1.95% [F14]", "1.95", "1.05");
        wait.until(ExpectedConditions.attributeToBe(By.id("live-verdict"), "data-verdict", "pass"));
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("shown-version"), "3"));
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("passes");
        assertThat(browser.findElements(By.cssSelector("#narrative .claim-bad"))).isEmpty();

        browser.manage().deleteAllCookies();   // four eyes: erin saved version 3, so ada approves it
        openAs("ada", "/drafts/" + id);
        browser.findElement(By.id("approve-open")).click();
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.textToBe(By.id("draft-state"), "approved"));
        assertThat(browser.findElement(By.id("flash")).getText()).isEqualTo("Approved version 3; it can be published.");
        browser.findElement(By.id("publish")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();   // publish asks first
        wait.until(ExpectedConditions.textToBe(By.id("draft-state"), "published"));

        browser.manage().deleteAllCookies();
        browser.get(desk.base + "/");
        browser.findElement(By.cssSelector("a[href='/commentary/2026-03-23']")).click();
        wait.until(ExpectedConditions.urlMatches("/commentary/2026-03-23$"));
        assertThat(browser.findElement(By.id("narrative")).getText()).contains("SPY rose 1.05%").doesNotContain("1.95%");
        assertThat(browser.findElements(By.cssSelector(".who a[href='/login']"))).hasSize(1);
    }

    @Test
    void should_render_a_draft_containing_script_as_text() {
        String evil = "# Quiet day <script>window.pwned = true</script>\n\nSPY rose 1.05% [F14] on the day. "
                + "<img src=x onerror=\"window.pwned = true\">\n";
        var c = Samples.commentary();
        long id = desk.draft(new NewDraft(Samples.sheet(), c.writer(), c.attempts(), c.dataNotes(), c.disclaimer(), evil,
                new Validator().validate(Samples.sheet(), evil, true)));

        openAsEditor("/drafts/" + id);

        WebElement narrative = browser.findElement(By.id("narrative"));
        assertThat(narrative.getText()).contains("Quiet day <script>window.pwned = true</script>",
                "<img src=x onerror=\"window.pwned = true\">");
        assertThat(narrative.findElements(By.tagName("script"))).isEmpty();
        assertThat(narrative.findElements(By.tagName("img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(browser.findElement(By.id("editor")).getDomProperty("value")).isEqualTo(evil);
    }

    @Test
    void should_draw_the_chart_from_the_webjar_without_any_content_security_policy_violation() {
        long id = desk.draft();
        browser.manage().logs().get(LogType.BROWSER);   // drop what earlier pages logged

        openAsEditor("/drafts/" + id);

        wait.until(ExpectedConditions.attributeToBe(By.id("chart"), "data-ready", "true"));
        assertThat(browser.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("chart")).getText()).contains("SPY", "IWM");
        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).collect(Collectors.toList());
        assertThat(problems).isEmpty();
    }

    @Test
    void should_show_the_drafts_chart_dates_as_market_dates_when_the_browser_is_in_new_york() {
        long id = desk.draft();
        web.open("erin", Screen.DESKTOP, Screen.NEW_YORK, "/drafts/" + id);
        wait.until(ExpectedConditions.attributeToBe(By.id("chart"), "data-ready", "true"));
        WebElement chart = browser.findElement(By.id("chart"));
        JavascriptExecutor js = browser;
        // the browser really is in New York: UTC midnight of the 23rd is 8 pm on the 22nd there
        assertThat(js.executeScript("return new Date(Date.parse('2026-03-23T00:00:00Z')).getDate()")).isEqualTo(22L);

        Object lastDate = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0].getAttribute('data-src'), {credentials: 'same-origin'}).then(function (r) { return r.json(); })"
                + ".then(function (d) { done(d.dates[d.dates.length - 1]); });", chart);
        Object legend = js.executeScript("var p = arguments[0].uplot, xs = p.data[0];"
                + "p.setCursor({left: p.valToPos(xs[xs.length - 1], 'x'), top: 20});"
                + "return arguments[0].querySelector('.u-legend .u-series:first-child .u-value').textContent;", chart);

        assertThat(legend).isEqualTo(lastDate).asString().matches("\\d{4}-\\d{2}-\\d{2}");
    }

    /** Opens a page signed in as erin, signing in through the form first when the browser has no session. */
    private void openAsEditor(String path) {
        openAs("erin", path);
    }

    private void openAs(String user, String path) {
        web.open(user, Screen.DESKTOP, path);
        web.checked();   // the page's live check redraws the preview once after load
    }

    private WebElement claim(String text) {
        return browser.findElements(By.cssSelector("#narrative .claim")).stream()
                .filter(e -> e.getText().strip().equals(text) || e.getText().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no highlighted claim " + text));
    }

    /** Selects {@code old} inside the first {@code context} in the edit box and types {@code typed} over it. */
    private void replaceInEditor(String context, String old, String typed) {
        WebElement editor = browser.findElement(By.id("editor"));
        String value = editor.getDomProperty("value");
        int start = value.indexOf(context);
        assertThat(start).as("edit box holds '%s'", context).isGreaterThanOrEqualTo(0);
        start += context.indexOf(old);
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[2]);",
                editor, start, start + old.length());
        new Actions(browser).sendKeys(typed).perform();
        assertThat(editor.getDomProperty("value")).contains(context.replace(old, typed));
    }
}
