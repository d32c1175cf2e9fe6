package io.factline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.web.TestDesk;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The signed-in pages at desktop width and at 390 px in New York: nothing wider than the screen, one h1,
 * a skip link first, every control labelled; and the review queue's filters and new-draft warning.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskPagesInBrowserTest {

    @RegisterExtension
    static final Browser web = Browser.onDesk();

    TestDesk desk;
    ChromeDriver browser;
    WebDriverWait wait;
    long draft;

    @BeforeAll
    void start() {
        desk = web.desk();
        browser = web.driver();
        wait = web.waiter();
        draft = desk.draft();
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void should_fit_the_screen_with_one_h1_a_skip_link_and_labelled_controls_on_every_signed_in_page(Screen screen) {
        for (String path : List.of("/drafts", "/drafts/" + draft, "/drafts/" + draft + "?version=1", "/account/tokens")) {
            open(screen, path);

            // a freshly loaded page: the first Tab starts at the top of the document
            Number overflow = (Number) js("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow.intValue()).as("%s: wider than the screen by", path).isLessThanOrEqualTo(0);
            assertThat(browser.findElements(By.tagName("h1"))).as(path).hasSize(1);
            @SuppressWarnings("unchecked")
            List<String> unlabelled = (List<String>) js("return Array.prototype.filter.call(document.querySelectorAll("
                    + "'input:not([type=hidden]), select, textarea'), function (e) { return !(e.labels && e.labels.length) "
                    + "&& !e.getAttribute('aria-label'); }).map(function (e) { return e.outerHTML.slice(0, 80); });");
            assertThat(unlabelled).as(path).isEmpty();

            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement skip = browser.switchTo().activeElement();
            assertThat(skip.getText()).as(path).isEqualTo("Skip to content");
            assertThat(skip.isDisplayed()).as(path).isTrue();
            skip.sendKeys(Keys.ENTER);
            assertThat(browser.switchTo().activeElement().getAttribute("id")).as(path).isEqualTo("main");
        }
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void should_warn_when_the_chosen_market_date_already_has_a_draft(Screen screen) {
        open(screen, "/drafts");
        WebElement warning = browser.findElement(By.id("date-warning"));
        assertThat(warning.isDisplayed()).isFalse();   // the latest date, 2026-10-05, has none

        chooseDate("2026-03-23");
        assertThat(warning.isDisplayed()).isTrue();
        assertThat(warning.getText()).isEqualTo("A draft for this date already exists; see the queue before writing another.");

        chooseDate("2026-03-24");
        assertThat(warning.isDisplayed()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void should_filter_the_queue_from_its_form_and_keep_the_choice_shown(Screen screen) {
        open(screen, "/drafts");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-state"))).selectByValue("published");
        browser.findElement(By.id("apply-filters")).click();

        wait.until(ExpectedConditions.urlContains("state=published"));
        assertThat(browser.findElement(By.id("no-match")).getText()).isEqualTo("No draft matches these filters.");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-state"))).getFirstSelectedOption().getText())
                .isEqualTo("published");
        browser.findElement(By.id("clear-filters")).click();
        wait.until(ExpectedConditions.urlMatches("/drafts$"));
        WebElement row = browser.findElement(By.cssSelector("#drafts tbody tr"));
        assertThat(row.getText()).contains("#" + draft, "2026-03-23", "Stocks rally on March 23, 2026");
    }

    private void chooseDate(String date) {
        js("var d = document.getElementById('new-date'); d.value = arguments[0]; d.dispatchEvent(new Event('input'));", date);
    }

    private void open(Screen screen, String path) {
        web.open("erin", screen, path);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
