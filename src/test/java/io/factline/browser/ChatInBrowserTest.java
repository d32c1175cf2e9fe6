package io.factline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.AuditEvent;
import io.factline.drafts.DraftState;
import io.factline.web.TestDesk;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat box in real headless Chromium on the real server (offline chat desk): a reader asks on a
 * published page, sees the progress line and the answer with its footnotes, asks a follow-up in the
 * same conversation; markup in a question stays text; the box works on every kind of page, signed in
 * or not, without a Content-Security-Policy violation. Explicit waits on conditions only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatInBrowserTest {

    static final String SMALL_VS_LARGE = "How did small caps do against large caps on March 23?";

    @RegisterExtension
    static final Browser web = Browser.onDesk();

    TestDesk desk;
    ChromeDriver browser;
    WebDriverWait wait;
    long published;

    @BeforeAll
    void start() {
        desk = web.desk();
        browser = web.driver();
        wait = web.waiter();
        published = publish(desk.draft());
    }

    @BeforeEach
    void freshMinute() {
        desk.chatTime.sleep(Duration.ofMinutes(1));   // each test starts with a full rate limit
    }

    @Test
    void should_show_progress_then_the_answer_with_footnotes_and_keep_the_conversation_for_a_follow_up() {
        browser.manage().deleteAllCookies();
        browser.get(desk.base + "/published/" + published);
        WebElement question = openChat();
        assertThat(browser.findElement(By.id("chat-slot")).getAttribute("data-date")).isEqualTo("2026-03-23");

        question.sendKeys(SMALL_VS_LARGE, Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-progress"), "Reading the question"));
        WebElement first = answered(1);
        assertThat(first.findElement(By.className("chat-question")).getText()).isEqualTo("You asked: " + SMALL_VS_LARGE);
        assertThat(shown(first.findElement(By.className("chat-text"))))
                .contains("IWM surged 2.16% [F1] on the day and SPY rose 1.05% [F2]", "IWM outperformed SPY by 1.11 pp [F3]");
        first.findElement(By.cssSelector(".chat-facts summary")).click();   // the facts are collapsed until asked for
        List<WebElement> notes = first.findElements(By.cssSelector(".chat-footnotes li"));
        assertThat(notes).hasSize(3);
        assertThat(notes.get(0).getText()).startsWith("[F1] IWM 1-day return (2026-03-23): +2.16%.")
                .contains("Formula: (p[t] / p[t-1] - 1) * 100.", "Inputs: p[t] = ", "Source: S1 daily bars of IWM");
        assertThat(first.findElement(By.cssSelector(".chat-text sup.cite a")).getAttribute("href")).endsWith("#chat-1-F1");
        assertThat(notes.get(0).getAttribute("id")).isEqualTo("chat-1-F1");
        assertThat(first.findElement(By.className("chat-writer")).getText()).contains("offline writer", "checked against the facts");
        WebElement progress = browser.findElement(By.id("chat-progress"));
        assertThat(progress.getAttribute("data-steps")).isEqualTo("reading computing drafting validating");
        assertThat(progress.getText()).contains("Reading the question", "Computing facts for 2026-03-23", "Drafting the answer",
                "Checking every figure against the facts", "Answered.");
        String conversation = browser.findElement(By.id("chat-slot")).getAttribute("data-conversation");

        browser.findElement(By.id("chat-question")).sendKeys("What about over 30 days?");
        browser.findElement(By.id("chat-ask")).click();

        WebElement second = answered(2);
        assertThat(shown(second.findElement(By.className("chat-text"))))
                .contains("Over the past 30 sessions to March 23, 2026, IWM is down 6.46% [F1] and SPY is down 4.84% [F2]");
        assertThat(second.findElements(By.cssSelector(".chat-footnotes li"))).hasSize(3);
        assertThat(browser.findElement(By.id("chat-slot")).getAttribute("data-conversation")).isEqualTo(conversation);
        assertThat(desk.chatMemory.history(conversation)).hasSize(2);
    }

    @Test
    void should_render_a_question_containing_script_as_text() {
        String evil = "<script>window.pwned = true</script><img src=x onerror=\"window.pwned = true\"> How did SPY do on March 23?";
        browser.manage().deleteAllCookies();
        browser.get(desk.base + "/");
        WebElement question = openChat();

        question.sendKeys(evil, Keys.ENTER);

        WebElement turn = answered(1);
        assertThat(turn.findElement(By.className("chat-question")).getText()).isEqualTo("You asked: " + evil);
        assertThat(shown(turn.findElement(By.className("chat-text")))).contains("SPY rose 1.05% [F1]");
        WebElement log = browser.findElement(By.id("chat-log"));
        assertThat(log.findElements(By.tagName("script"))).isEmpty();
        assertThat(log.findElements(By.tagName("img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.pwned")).isEqualTo("undefined");
    }

    @Test
    void should_offer_the_chat_on_every_kind_of_page_signed_in_or_not_without_a_policy_violation() {
        browser.manage().deleteAllCookies();
        browser.manage().logs().get(LogType.BROWSER);   // drop what earlier pages logged
        for (String path : List.of("/", "/login", "/docs", "/published/" + published, "/no/such/page")) {
            browser.get(desk.base + path);
            openChat();
            assertThat(browser.findElement(By.id("chat-slot")).isDisplayed()).as(path).isTrue();
        }
        signIn();
        for (String path : List.of("/drafts", "/drafts/" + desk.draft(), "/account/tokens")) {
            browser.get(desk.base + path);
            openChat();
            assertThat(browser.findElement(By.id("chat-slot")).isDisplayed()).as(path).isTrue();
        }

        // signed in, the question carries the session's CSRF token
        browser.findElement(By.id("chat-question")).sendKeys("Which sector led on March 23?", Keys.ENTER);

        WebElement turn = answered(1);
        assertThat(turn.findElements(By.className("chat-error"))).isEmpty();
        assertThat(shown(turn.findElement(By.className("chat-text")))).contains("[F1]");
        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).collect(Collectors.toList());
        assertThat(problems).isEmpty();
    }

    /** The text as the browser lays it out (innerText: Selenium's getText breaks lines around a figure's hidden fact). */
    private String shown(WebElement e) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return arguments[0].innerText;", e));
    }

    /** Opens the chat panel with its button, and returns the question box. */
    private WebElement openChat() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("chat-open"))).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chat-question")));
    }

    /** Waits until the n-th question of the page has its answer, and returns that turn. */
    private WebElement answered(int n) {
        By turn = By.cssSelector("#chat-log .chat-turn:nth-child(" + n + ")[data-done='true']");
        WebElement t = wait.until(ExpectedConditions.presenceOfElementLocated(turn));
        assertThat(t.findElements(By.className("chat-error"))).extracting(WebElement::getText).isEmpty();
        return t;
    }

    private void signIn() {
        browser.get(desk.base + "/login");
        browser.findElement(By.id("username")).sendKeys("erin");
        browser.findElement(By.id("password")).sendKeys(TestDesk.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlMatches("/drafts$"));
    }

    private long publish(long id) {
        DraftState[] path = {DraftState.DRAFT, DraftState.IN_REVIEW, DraftState.APPROVED, DraftState.PUBLISHED};
        for (int i = 1; i < path.length; i++) {
            desk.store.transition(id, path[i - 1], new AuditEvent(TestDesk.NOW, "erin", "step", path[i - 1], path[i], 1, null, null));
        }
        return id;
    }
}
