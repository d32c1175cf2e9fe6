package io.factline.chat;

import static io.factline.chat.ChatFixtures.BUNDLED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of realistic questions in {@code chat/questions.jsonl}, answered offline over the bundled data:
 * each answer passes the validator with citations required, cites the facts the table names (by subject,
 * metric and window, from the sheet of the expected date), or is the honest decline the table names.
 */
class QuestionTableTest {

    private static final Path TABLE = Path.of("src/test/resources/chat/questions.jsonl");

    record Case(String question, LocalDate today, String previous, List<String> expect, String decline, LocalDate on,
                String opens) {
        @Override
        public String toString() {
            return (previous == null ? "" : previous + " → ") + question;
        }
    }

    static Stream<Case> cases() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            LocalDate today = LocalDate.parse(n.get("today").asText());
            List<String> expect = new ArrayList<>();
            n.path("expect").forEach(e -> expect.add(e.asText()));
            out.add(new Case(n.get("question").asText(), today, n.hasNonNull("previous") ? n.get("previous").asText() : null,
                    expect, n.hasNonNull("decline") ? n.get("decline").asText() : null,
                    n.hasNonNull("on") ? LocalDate.parse(n.get("on").asText()) : today,
                    n.hasNonNull("opens") ? n.get("opens").asText() : null));
        }
        return out.stream();
    }

    @Test
    void should_hold_at_least_forty_questions() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_answer_from_the_named_facts_and_pass_validation_when_asked_offline(Case c) {
        ChatDesk desk = ChatFixtures.offline();
        if (c.previous() != null) desk.ask(new Question(c.previous(), c.today(), "t"), ProgressListener.NONE);

        Answer a = desk.ask(new Question(c.question(), c.today(), "t"), ProgressListener.NONE);

        assertThat(a.writer()).isEqualTo(Answer.OFFLINE);
        assertThat(a.validation().passed()).as(a.text()).isTrue();
        FactSheet own = new FactSheet(a.date(), a.sources(), BUNDLED.instruments(), a.facts(), List.of());
        assertThat(new Validator().validate(own, a.text(), true).passed()).as(a.text()).isTrue();
        assertThat(a.text()).as("a sentence that could not be written falls back to the last resort")
                .doesNotContain("could not put together an answer");
        if (c.decline() != null) {
            Reading r = reader().read(c.question(), c.today(), null);
            assertThat(r.intent()).isInstanceOf(Intent.Declined.class);
            assertThat(((Intent.Declined) r.intent()).why().wire()).isEqualTo(c.decline());
            assertThat(a.facts()).as(a.text()).isEmpty();
            return;
        }
        List<String> cited = a.facts().stream().map(QuestionTableTest::key).toList();
        assertThat(cited).as(a.text()).containsAll(c.expect());
        for (Fact f : a.facts()) assertThat(f.label()).as(a.text()).endsWith("(" + c.on() + ")");
        if (c.opens() != null) assertThat(a.text()).startsWith(c.opens());
    }

    static String key(Fact f) {
        return f.subject() + " " + f.metric().wire() + " " + (f.window() == null ? "-" : f.window().wire());
    }

    static QuestionReader reader() {
        return new QuestionReader(BUNDLED, new Vocabulary(BUNDLED.instruments()), new StatedFigures(BUNDLED, new Validator()));
    }
}
