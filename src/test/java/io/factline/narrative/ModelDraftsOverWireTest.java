package io.factline.narrative;

import static io.factline.narrative.llm.OpenAiStub.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactSheet;
import io.factline.narrative.llm.DraftJson;
import io.factline.narrative.llm.OpenAiStub;
import io.factline.narrative.llm.WireSamples;
import io.factline.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drafts as a capable model following our prompt writes them, for dates across the bundled data and in
 * several styles, replayed over WireMock (the recorded OpenAI reply with the draft as its content)
 * through the real client, LlmWriter and CommentaryDesk.
 *
 * <p>The honest drafts ({@code narrative/drafts/<date>-<style>.json}) state only true, cited figures,
 * written by the system prompt's rules; each must be served on the first try. The drafts in
 * {@code narrative/drafts/errors/} are honest drafts with one typical model error planted; the wrong
 * figure must never reach the served commentary. They were written from the fact sheets (the
 * {@code facts} command) and the prompts, not from the validator's code.
 */
class ModelDraftsOverWireTest {

    static final OpenAiStub STUB = new OpenAiStub();
    static final Map<String, FactSheet> SHEETS = new ConcurrentHashMap<>();

    final TemplateWriter template = new TemplateWriter(new Templates("narrative"));
    final CommentaryDesk desk = new CommentaryDesk(new Validator(), template, 2);

    @BeforeAll
    static void start() {
        STUB.start();
    }

    @AfterAll
    static void stop() {
        STUB.stop();
    }

    @BeforeEach
    void reset() {
        STUB.reset();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "2023-06-15-wire",          // no 252-day facts yet: betas unavailable
            "2024-03-08-analyst",
            "2024-08-05-wire",
            "2024-11-06-newsletter",
            "2025-04-09-analyst",
            "2025-08-01-newsletter",
            "2025-12-17-wire",
            "2026-03-23-analyst",       // the Russell 2000 is stale, volume averages missing
            "2026-07-15-newsletter",    // a P/E quoted on an earlier date
            "2026-10-05-wire"})         // no S&P 500 bar on the day
    void should_serve_an_honest_model_draft_on_the_first_try(String name) {
        String json = draft(name);
        STUB.always(ok(WireSamples.reply(json)));

        Commentary c = write(sheet(name));

        assertThat(c.attempts()).as("attempts of %s: %s", name, describe(c.attempts()))
                .extracting(Attempt::outcome).containsExactly("passed");
        assertThat(STUB.requests()).hasSize(1);
        assertThat(c.writer()).isEqualTo("llm:gpt-4o-mini");
        Draft d = new DraftJson().parse(json);
        for (Narrative.Part part : Narrative.parts(d)) assertThat(c.narrative()).contains(part.text());
    }

    static Stream<Arguments> plantedErrors() {
        return Stream.of(
                planted("2024-08-05-wire-wrong-digit", "SPY lost 2.19%"),
                planted("2024-11-06-newsletter-flipped-direction", "(XLRE) rose 2.67%"),
                planted("2025-04-09-analyst-wrong-instrument", "(XLY) rose 13.43%"),
                planted("2025-08-01-newsletter-volatility-as-return", "IWM dropped 1.10%"),
                planted("2026-03-23-analyst-loose-hedge", "about 3%"),
                planted("2024-11-06-newsletter-outside-instrument", "Nasdaq rose 2.49%"),
                planted("2025-12-17-wire-calendar-window", "This month Basic Materials"),
                planted("2026-10-05-wire-wrong-digit", "IWM's 0.47%"),
                planted("2023-06-15-wire-flipped-direction", "beating SPY by 0.42 pp"),
                // word-borne errors (issue 13): a false ranking, count, size word, comparison, number in words, multiple
                planted("2026-03-23-analyst-false-ranking", "Technology (XLK) led"),
                planted("2026-03-23-analyst-false-count", "Eight of the eleven sector funds rose"),
                planted("2026-03-23-analyst-wrong-intensity", "SPY soared"),
                planted("2026-03-23-analyst-false-comparison", "health care held up better than staples"),
                planted("2026-03-23-analyst-number-words", "about two percent"),
                planted("2026-03-23-analyst-false-multiple", "triple SPY's"));
    }

    /**
     * The model's first draft has the error; its repair is the honest draft. Whatever is served (the
     * repair, or the template if the repair is rejected too), the wrong figure is not in it.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("plantedErrors")
    void should_never_serve_a_planted_model_error(String name, String wrong) {
        String lying = draft("errors/" + name);
        assertThat(lying).contains(wrong);
        STUB.firstThen(ok(WireSamples.reply(lying)), ok(WireSamples.reply(draft(honestOf(name)))));

        Commentary c = write(sheet(name));

        assertThat(CommentaryFormats.markdown(c)).as("served by %s after %s", c.writer(), describe(c.attempts()))
                .doesNotContain(wrong);
        assertThat(c.attempts().get(0).outcome()).as("the first draft, with the planted error").isEqualTo("rejected");
    }

    private static Arguments planted(String name, String wrong) {
        return Arguments.of(name, wrong);
    }

    /** "2024-11-06-newsletter-flipped-direction" → "2024-11-06-newsletter": date and style. */
    private static String honestOf(String errorName) {
        int styleEnd = errorName.indexOf('-', "yyyy-mm-dd-".length());
        return errorName.substring(0, styleEnd);
    }

    private Commentary write(FactSheet sheet) {
        return desk.write(sheet, new LlmWriter(STUB.client(), new PromptBuilder(new Templates("prompts"))));
    }

    private static FactSheet sheet(String name) {
        return SHEETS.computeIfAbsent(name.substring(0, 10), TemplateWriterTest::bundled);
    }

    private static String describe(List<Attempt> attempts) {
        return attempts.stream().map(a -> a.number() + " " + a.outcome() + a.findings().stream()
                .map(f -> "\n    \"" + f.text() + "\": " + f.message()).collect(Collectors.joining())
                + (a.error() == null ? "" : " " + a.error())).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static String draft(String name) {
        try (InputStream in = ModelDraftsOverWireTest.class.getResourceAsStream("/narrative/drafts/" + name + ".json")) {
            if (in == null) throw new IllegalStateException("missing test resource narrative/drafts/" + name + ".json");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
