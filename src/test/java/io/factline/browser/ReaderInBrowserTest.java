package io.factline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.factline.web.ReaderSamples;
import io.factline.web.TestDesk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What readers see, in real headless Chromium on the real server, in a New York time zone: the chart's market
 * dates, popovers inside the viewport (a bottom sheet on a phone), footnotes with back-links and the
 * calculation, the chat panel from any scroll position, pages at 390 px wide, the skip link. Desktop and
 * phone width are set through the DevTools protocol, as a phone would report them. Explicit waits only.
 * With -Dreader.screenshots=DIR the front page and a commentary page are saved there (docs/ in the README).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderInBrowserTest {

    static final String NEW_YORK = Screen.NEW_YORK;

    @RegisterExtension
    static final Browser web = Browser.onDesk().inTimeZone(NEW_YORK);

    TestDesk desk;
    ChromeDriver browser;
    WebDriverWait wait;
    long march20;
    long march23;

    @BeforeAll
    void start() {
        desk = web.desk();
        browser = web.driver();
        wait = web.waiter();
        march20 = ReaderSamples.publish(desk, LocalDate.parse("2026-03-20"));
        march23 = ReaderSamples.publish(desk, LocalDate.parse("2026-03-23"));
    }

    @BeforeEach
    void desktop() {
        desk.chatTime.sleep(Duration.ofMinutes(1));   // a full rate limit for each test
        browser.manage().deleteAllCookies();
        size(1280, 900, false);
    }

    private void size(int width, int height, boolean mobile) {
        Screen.size(browser, width, height, mobile);
    }

    private Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    private WebElement chartReady() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reader-chart[data-ready='true']")));
    }

    @Test
    void should_show_market_dates_on_the_chart_in_a_new_york_browser_and_emphasise_the_instruments_of_the_text() {
        browser.get(desk.base + "/commentary/2026-03-23");
        WebElement chart = chartReady();
        // the browser really is in New York: UTC midnight of the 23rd is 8 pm on the 22nd there
        assertThat(js("return new Date(Date.parse('2026-03-23T00:00:00Z')).getDate()")).isEqualTo(22L);

        Object legend = js("var p = arguments[0].uplot, xs = p.data[0];"
                + "p.setCursor({left: p.valToPos(xs[xs.length - 1], 'x'), top: 20});"
                + "return arguments[0].querySelector('.u-legend .u-series:first-child .u-value').textContent;", chart);

        assertThat(legend).isEqualTo("2026-03-23");
        assertThat(chart.getAttribute("data-last-day")).isEqualTo("2026-03-23");
        @SuppressWarnings("unchecked")
        List<Object> bold = (List<Object>) js("var p = arguments[0].uplot; return p.series.slice(1).filter(function (s) { return s.width === 3; })"
                + ".map(function (s) { return s.label; });", chart);
        assertThat(bold).containsExactly((Object) "SPY", "^GSPC");   // the lede's cited instruments
        List<WebElement> heads = browser.findElements(By.cssSelector("#chart-table thead th[data-symbol]"));
        assertThat(heads).extracting(h -> h.getAttribute("data-symbol")).startsWith("SPY", "^GSPC", "IWM");
        assertThat(browser.findElement(By.cssSelector("#chart-table tbody tr:last-child th")).getAttribute("textContent"))
                .isEqualTo("2026-03-23");
    }

    @Test
    void should_keep_every_fact_popover_inside_the_viewport_on_a_narrow_desktop_window() {
        size(820, 900, false);
        browser.get(desk.base + "/commentary/2026-03-23");
        chartReady();

        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) js("var out = [], w = document.documentElement.clientWidth;"
                + "document.querySelectorAll('#narrative .claim').forEach(function (c, i) {"
                + "  c.scrollIntoView({block: 'center'}); c.focus();"
                + "  var r = c.querySelector('.tip').getBoundingClientRect();"
                + "  if (r.width === 0 || r.left < 0 || r.right > w || r.top < 0 || r.bottom > window.innerHeight) out.push(i + ': ' + c.textContent.slice(0, 30) + ' ' + JSON.stringify(r));"
                + "  c.blur(); });"
                + "return out;");

        assertThat(outside).isEmpty();
        assertThat(((Number) js("return document.querySelectorAll('#narrative .claim').length")).intValue()).isGreaterThan(40);
    }

    @Test
    void should_show_a_fact_as_a_bottom_sheet_and_fit_every_public_page_at_390_px_on_a_phone() {
        size(390, 844, true);
        for (String path : List.of("/", "/commentary/2026-03-23", "/?page=2", "/login")) {
            browser.get(desk.base + path);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
            assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).as(path).isLessThanOrEqualTo(390);
        }
        browser.get(desk.base + "/commentary/2026-03-23");
        WebElement claim = browser.findElement(By.cssSelector("#narrative p .claim"));   // SPY rose 1.05%

        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", claim);

        WebElement tip = claim.findElement(By.className("tip"));
        wait.until(ExpectedConditions.visibilityOf(tip));
        @SuppressWarnings("unchecked")
        Map<String, Number> r = (Map<String, Number>) js("var r = arguments[0].getBoundingClientRect();"
                + "return {left: r.left, right: r.right, bottom: r.bottom, height: window.innerHeight};", tip);
        assertThat(r.get("left").doubleValue()).isZero();
        assertThat(r.get("right").doubleValue()).isEqualTo(390.0);
        assertThat(r.get("bottom").doubleValue()).isEqualTo(r.get("height").doubleValue());
        assertThat(tip.getText()).contains("SPY", "Close", "Source: Daily bars of");
    }

    @Test
    void should_highlight_the_footnote_a_marker_leads_to_link_back_and_show_the_calculation_at_full_precision() {
        browser.get(desk.base + "/commentary/2026-03-23");
        WebElement marker = browser.findElement(By.id("cite-F14-1"));
        assertThat(marker.getText()).isEqualTo("1");   // the headline cites nothing: SPY's F14 is the first note

        js("arguments[0].click();", marker);

        wait.until(ExpectedConditions.urlContains("#fn-F14"));
        WebElement note = browser.findElement(By.id("fn-F14"));
        assertThat(note.getCssValue("background-color")).isEqualTo("rgba(255, 244, 194, 1)");
        assertThat(note.getText()).contains("1. SPY 1-day return: +1.05%.", "Close 653.70 on 23 Mar against 646.90 on 20 Mar: +1.05%.",
                "Source: Daily bars of SPY (SPDR S&P 500 ETF Trust), from Factline's market data files.");
        WebElement calculation = note.findElement(By.className("fn-calculation"));
        assertThat(calculation.isDisplayed()).isFalse();
        note.findElement(By.cssSelector(".calculation summary")).click();
        assertThat(calculation.isDisplayed()).isTrue();
        assertThat(calculation.getText()).contains("p[t] = 653.6959; p[t-1] = 646.9034", "result = 1.0500022105309759");

        note.findElement(By.cssSelector(".back-link[href='#cite-F14-1']")).click();

        wait.until(ExpectedConditions.urlContains("#cite-F14-1"));
    }

    @Test
    void should_open_the_chat_panel_from_the_foot_of_the_page_and_highlight_the_answers_figures_with_the_facts_collapsed() {
        browser.get(desk.base + "/commentary/2026-03-23");
        js("window.scrollTo(0, document.body.scrollHeight);");
        WebElement open = wait.until(ExpectedConditions.elementToBeClickable(By.id("chat-open")));

        open.click();

        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chat-question")));
        assertThat(browser.switchTo().activeElement()).isEqualTo(input);
        @SuppressWarnings("unchecked")
        Map<String, Number> panel = (Map<String, Number>) js("var r = document.getElementById('chat-slot').getBoundingClientRect();"
                + "return {top: r.top, bottom: r.bottom, height: window.innerHeight};");
        assertThat(panel.get("top").doubleValue()).isZero();
        assertThat(panel.get("bottom").doubleValue()).isEqualTo(panel.get("height").doubleValue());
        input.sendKeys("How did SPY do on March 23?", Keys.ENTER);
        WebElement turn = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chat-log .chat-turn[data-done='true']")));
        WebElement figure = turn.findElement(By.cssSelector(".chat-text .claim"));
        assertThat(figure.getAttribute("textContent")).startsWith("1.05%");
        assertThat(js("return arguments[0].innerText;", turn.findElement(By.className("chat-text")))).asString().contains("SPY rose 1.05% [F1]");
        assertThat(figure.findElement(By.className("tip")).getAttribute("textContent")).contains("SPY 1-day return", "+1.05%");
        WebElement facts = turn.findElement(By.cssSelector("details.chat-facts"));
        assertThat(facts.getAttribute("open")).isNull();
        assertThat(turn.findElement(By.cssSelector(".chat-footnotes li")).isDisplayed()).isFalse();

        browser.findElement(By.id("chat-question")).sendKeys(Keys.ESCAPE);

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("chat-slot")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("chat-open");
    }

    @Test
    void should_keep_the_question_in_the_box_when_the_chat_is_rate_limited() {
        for (int i = 0; i < 20; i++) {
            desk.postJson(TestDesk.Caller.ANONYMOUS, "/api/ask", Map.of("question", "How did SPY do on March 23?"));
        }
        browser.get(desk.base + "/");
        browser.findElement(By.id("chat-open")).click();
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chat-question")));

        input.sendKeys("Which sector led on March 23?", Keys.ENTER);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chat-log .chat-turn[data-done='true'] .chat-error")));
        assertThat(browser.findElement(By.cssSelector(".chat-error")).getText()).startsWith("Too many questions right now");
        assertThat(input.getAttribute("value")).isEqualTo("Which sector led on March 23?");
    }

    @Test
    void should_move_to_the_content_with_the_skip_link_and_go_to_the_previous_day_from_a_commentary() {
        browser.get(desk.base + "/commentary/2026-03-23");

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        skip.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("#main"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

        browser.findElement(By.id("previous-day")).click();

        wait.until(ExpectedConditions.urlMatches("/commentary/2026-03-20$"));
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
    }

    @Test
    void should_save_screenshots_of_the_front_page_and_a_commentary_when_asked() throws IOException {
        String dir = System.getProperty("reader.screenshots");
        assumeTrue(dir != null, "screenshots only with -Dreader.screenshots=DIR");
        for (var shot : Map.of("reader-front-page", "/", "reader-commentary", "/commentary/2026-03-23").entrySet()) {
            browser.get(desk.base + shot.getValue());
            chartReady();
            Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, Path.of(dir, shot.getKey() + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        size(390, 844, true);
        browser.get(desk.base + "/commentary/2026-03-23");
        chartReady();
        js("var c = document.querySelector('#narrative p .claim'); c.scrollIntoView({block: 'center'}); c.focus();");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of(dir, "reader-phone.png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(Path.of(dir, "reader-phone.png")).exists();
    }
}
