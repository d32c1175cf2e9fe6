package io.factline.narrative;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.factline.narrative.llm.OpenAiStub.error;
import static io.factline.narrative.llm.OpenAiStub.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import io.factline.facts.FactSheet;
import io.factline.narrative.llm.OpenAiStub;
import io.factline.narrative.llm.WireSamples;
import io.factline.validation.Validator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole pipeline against WireMock playing the OpenAI API with bodies built from the recorded wire
 * samples, through the real OpenAI client. Whatever the endpoint does, the result is a validated
 * commentary, and no number from a rejected or broken reply is ever in it.
 */
class CommentaryOverWireTest {

    static final FactSheet SHEET = TemplateWriterTest.bundled("2026-03-23");
    static final String GOOD = CommentaryDeskTest.GOOD, LYING = CommentaryDeskTest.LYING;
    static final OpenAiStub STUB = new OpenAiStub();

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

    @Test
    void should_serve_a_good_draft_from_the_wire() {
        STUB.always(ok(WireSamples.reply(GOOD)));

        Commentary c = write(Map.of());

        assertThat(c.writer()).isEqualTo("llm:gpt-4o-mini");
        assertThat(c.narrative()).contains("IWM jumped 2.16% [F25]");
        assertThat(STUB.requests()).hasSize(1);
    }

    @Test
    void should_repair_a_draft_with_wrong_numbers_on_the_second_call() {
        STUB.firstThen(ok(WireSamples.reply(LYING)), ok(WireSamples.reply(GOOD)));

        Commentary c = write(Map.of());

        assertThat(c.writer()).isEqualTo("llm:gpt-4o-mini");
        assertThat(c.attempts()).extracting(Attempt::outcome).containsExactly("rejected", "passed");
        assertThat(STUB.requests()).hasSize(2);
        // The second request carries the rejected draft: the failing sentence marked as failing, its
        // finding under it (the old rule, never the rejected prose, is replaced by marking it)
        String repair = STUB.requests().get(1).getBodyAsString();
        assertThat(repair).contains("was rejected")
                .contains(">> Small caps lead the rebound: IWM jumped 2.61% [F25]\\n"
                        + "      finding: \\\"2.61%\\\": says 2.61% with \\\"jumped\\\" (+2.61), but fact F25 (IWM 1-day return) is +2.16%");
        assertThat(c.narrative()).doesNotContain("2.61%").doesNotContain("1.50%");
    }

    @Test
    void should_end_in_the_template_when_the_model_keeps_lying() {
        STUB.always(ok(WireSamples.reply(LYING)));

        Commentary c = write(Map.of());

        assertThat(c.writer()).isEqualTo("template");
        assertThat(STUB.requests()).hasSize(3);
        assertNoModelNumbers(c);
    }

    @Test
    void should_wait_for_retry_after_then_retry_when_rate_limited() {
        STUB.firstThen(error(WireSamples.error("errors.json", "429_rate_limit_exceeded_tokens")).withHeader("Retry-After", "2"),
                ok(WireSamples.reply(GOOD)));

        Commentary c = write(Map.of());

        assertThat(c.writer()).isEqualTo("llm:gpt-4o-mini");
        assertThat(STUB.waits()).containsExactly(Duration.ofSeconds(2));
        assertThat(STUB.requests()).hasSize(2);
    }

    @Test
    void should_not_retry_insufficient_quota_and_say_why_in_the_attempts() {
        STUB.always(error(WireSamples.error("errors.json", "429_insufficient_quota")));

        Commentary c = write(Map.of());

        assertThat(STUB.requests()).hasSize(1);
        assertThat(c.writer()).isEqualTo("template");
        assertThat(c.attempts().get(0).outcome()).isEqualTo("error");
        assertThat(c.attempts().get(0).error()).contains("insufficient_quota");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenEndpoints")
    void should_end_in_a_validated_template_commentary_when_the_endpoint_breaks(String name, Consumer<OpenAiStub> stub) {
        stub.accept(STUB);

        Commentary c = write(Map.of("FACTLINE_MODEL_MAX_RETRIES", "1", "FACTLINE_MODEL_TIMEOUT_SECONDS", "1"));

        assertThat(c.writer()).isEqualTo("template");
        assertThat(c.validation().passed()).isTrue();
        assertThat(c.attempts()).extracting(Attempt::outcome).containsExactly("error", "passed");
        assertNoModelNumbers(c);
    }

    static Stream<Arguments> brokenEndpoints() {
        return Stream.of(
                broken("500 every time", s -> s.always(error(WireSamples.error("errors.json", "500_server_error")))),
                broken("503 every time", s -> s.always(error(WireSamples.error("derived_errors.json", "503_overloaded")))),
                broken("a timeout", s -> s.always(ok(WireSamples.reply(LYING)).withFixedDelay(3_000))),
                broken("a connection reset", s -> s.always(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))),
                broken("malformed JSON", s -> s.always(ok("{\"id\": \"chatcmpl-1\", \"choices\": [{\"message\": {\"content\": "))),
                broken("finish_reason length", s -> s.always(ok(WireSamples.reply(LYING.substring(0, 400), "length")))),
                broken("empty content", s -> s.always(ok(WireSamples.reply("")))),
                broken("a reply that is not JSON", s -> s.always(ok(WireSamples.reply("IWM jumped 2.61% today!")))));
    }

    private static Arguments broken(String name, Consumer<OpenAiStub> stub) {
        return Arguments.of(name, stub);
    }

    private Commentary write(Map<String, String> overrides) {
        Map<String, String> env = new java.util.HashMap<>(STUB.environment());
        env.putAll(overrides);
        return desk.write(SHEET, new LlmWriter(STUB.client(env), new PromptBuilder(new Templates("prompts"))));
    }

    /** The lying draft's numbers never reach the result. */
    private void assertNoModelNumbers(Commentary c) {
        assertThat(CommentaryFormats.markdown(c)).doesNotContain("2.61%").doesNotContain("1.50%").doesNotContain("16.5x");
        assertThat(c.narrative()).isEqualTo(Narrative.of(template.draft(SHEET)));
    }
}
