package io.factline.chat;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Source;
import io.factline.narrative.Attempt;
import io.factline.narrative.Footnotes;
import io.factline.narrative.Templates;
import io.factline.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers readers' questions, and guarantees every answer is validated: the model's drafts (when a model
 * is configured) and the offline answer alike pass the validator with citations required, against
 * exactly the facts gathered for that answer; a model that fails, times out or keeps failing validation
 * gives way to the offline answer. Text that failed is never passed on. Thread-safe: the conversation
 * memory is shared, everything else lives on the calling thread.
 *
 * <p>For an event stream: call {@link #ask} on a worker thread with a listener that forwards each event;
 * the listener gets {@link Status} events (reading, computing, drafting, validating), then the
 * {@link Answer} or a {@link ChatError}.
 */
public final class ChatDesk {

    /** Characters an answer may have; two to five sentences fit easily. */
    static final int MAX_ANSWER_CHARS = 1_500;
    private static final String LAST_RESORT = "Factline could not put together an answer from its facts for that question. "
            + "Try asking about one instrument and one figure, for example how IWM did against SPY or which sector led.";

    private final MarketFacts facts;
    private final ConversationMemory memory;
    private final QuestionLimit limit;
    private final Supplier<String> conversationIds;
    private final QuestionReader reader;
    private final OfflineWriter offline;
    private final AnswerCheck check;
    private final History history;
    private final Optional<ModelAnswerer> model;

    /**
     * @param model           empty for the offline answer only
     * @param conversationIds new conversation ids (random in production, fixed in tests)
     */
    public ChatDesk(MarketFacts facts, Validator validator, Templates chatTemplates, ConversationMemory memory,
                    QuestionLimit limit, Optional<ModelPath> model, Supplier<String> conversationIds) {
        this.facts = facts;
        this.memory = memory;
        this.limit = limit;
        this.conversationIds = conversationIds;
        Vocabulary vocabulary = new Vocabulary(facts.instruments());
        this.reader = new QuestionReader(facts, vocabulary, new StatedFigures(facts, validator));
        this.offline = new OfflineWriter(facts, chatTemplates);
        this.history = new History(facts);
        Disclosure disclosure = model.map(m -> new Disclosure(m.secrets(), instructions(m))).orElse(Disclosure.none());
        this.check = new AnswerCheck(validator, disclosure, MAX_ANSWER_CHARS);
        this.model = model.map(m -> new ModelAnswerer(m.client(), m.prompts(), facts, vocabulary, check, m.maxRepairs(),
                m.maxToolCalls(), m.budget(), m.clock()));
    }

    /** "offline" or "llm:MODEL": who drafts first. */
    public String writer() {
        return model.map(ModelAnswerer::name).orElse(Answer.OFFLINE);
    }

    /**
     * @return the validated answer, also passed to {@code listener}
     * @throws InvalidQuestion for an empty or over-long question or a malformed conversation id (the
     *                         listener got a {@code invalid_question} error)
     * @throws RuntimeException whatever the listener threw (the client went away): nothing is remembered
     */
    public Answer ask(Question q, ProgressListener listener) {
        Events events = new Events(listener);
        try {
            limit.check(q);
            String conversation = q.conversationId() != null ? q.conversationId() : conversationIds.get();
            LocalDate today = q.date() != null ? q.date() : facts.latest().orElseThrow(() -> new IllegalStateException("no data"));
            events.status(new Status(Step.READING, ""));
            List<Exchange> past = memory.history(conversation);
            Intent previous = past.isEmpty() ? null : past.get(past.size() - 1).intent();
            Reading reading = reader.read(q.text().strip(), today, previous);
            events.status(new Status(Step.COMPUTING, "for " + reading.intent().date()));
            List<Attempt> attempts = new ArrayList<>();
            Answer answer = null;
            FactRegistry registry = new FactRegistry(facts.pack().orElse(null));
            if (model.isPresent()) {
                offline.write(reading, registry);      // the reader's facts come first in the model's table: F1, F2, …
                var request = new ModelAnswerer.Request(q.text().strip(), reading.intent().date(), history.turns(past, registry), registry);
                Optional<ModelAnswerer.Drafted> drafted = model.get().answer(request, events::status, attempts);
                if (drafted.isPresent()) {
                    answer = answer(drafted.get(), model.get().name(), registry, attempts, conversation, today, reading);
                }
            }
            if (answer == null) {
                registry = new FactRegistry(facts.pack().orElse(null));
                answer = offline(reading, registry, attempts, conversation, today, events);
            }
            events.answer(answer);
            memory.remember(conversation, new Exchange(reading.intent(), answer, registry.origins()));
            return answer;
        } catch (InvalidQuestion e) {
            events.error(new ChatError(ChatError.Code.INVALID_QUESTION, e.getMessage()));
            throw e;
        } catch (Events.ListenerFailed e) {
            throw e.original();
        } catch (RuntimeException e) {
            events.error(new ChatError(ChatError.Code.INTERNAL, "Factline could not answer this question because of an internal error."));
            throw e;
        }
    }

    private Answer offline(Reading reading, FactRegistry registry, List<Attempt> attempts, String conversation,
                           LocalDate today, Events events) {
        events.status(new Status(Step.DRAFTING, attempts.isEmpty() ? "" : "without the model"));
        String text = offline.write(reading, registry);
        events.status(new Status(Step.VALIDATING, ""));
        FactSheet gathered = registry.sheet(reading.intent().date(), facts.instruments());
        AnswerCheck.Result result = check.check(text, gathered);
        if (!result.passed()) {
            // a defect of the offline writer; the reader still gets an honest, validated answer
            attempts.add(Attempt.rejected(attempts.size() + 1, Answer.OFFLINE, result.findings()));
            text = LAST_RESORT;
            result = check.check(text, gathered);
            if (!result.passed()) throw new IllegalStateException("the last-resort answer failed validation: " + result.findings());
        }
        attempts.add(Attempt.passed(attempts.size() + 1, Answer.OFFLINE));
        return answer(new ModelAnswerer.Drafted(text, result), Answer.OFFLINE, registry, attempts, conversation, today, reading);
    }

    private Answer answer(ModelAnswerer.Drafted d, String writer, FactRegistry registry, List<Attempt> attempts,
                          String conversation, LocalDate today, Reading reading) {
        FactSheet gathered = registry.sheet(reading.intent().date(), facts.instruments());
        List<Fact> cited = Footnotes.cited(d.text(), gathered);
        List<Source> sources = Footnotes.sources(cited, gathered);
        return new Answer(d.text(), cited, sources, d.result().report(), writer, attempts, conversation, today);
    }

    /** Factline's instructions as the model sees them: an answer may not quote them. */
    private static List<String> instructions(ModelPath m) {
        FactSheet empty = new FactSheet(LocalDate.of(2000, 1, 1), List.of(), List.of(), List.of(), List.of());
        var question = m.prompts().question(empty, List.of(), "", true);
        var repair = m.prompts().questionRepair(empty, List.of(), "", List.of());
        return List.of(question.system(), firstParagraph(question.user()), firstParagraph(repair.user()));
    }

    private static String firstParagraph(String text) {
        int end = text.indexOf("\n\n");
        return end < 0 ? text : text.substring(0, end);
    }

    /** The listener, with its own failures told apart from ours. */
    private static final class Events {
        private final ProgressListener listener;

        Events(ProgressListener listener) {
            this.listener = listener;
        }

        void status(Status s) {
            call(() -> listener.status(s));
        }

        void answer(Answer a) {
            call(() -> listener.answer(a));
        }

        void error(ChatError e) {
            try {
                listener.error(e);
            } catch (RuntimeException ignored) {
                // the client is gone; the caller gets the original failure
            }
        }

        private static void call(Runnable r) {
            try {
                r.run();
            } catch (RuntimeException e) {
                throw new ListenerFailed(e);
            }
        }

        static final class ListenerFailed extends RuntimeException {
            ListenerFailed(RuntimeException cause) {
                super(cause.getMessage(), cause, false, false);
            }

            RuntimeException original() {
                return (RuntimeException) getCause();
            }
        }
    }
}
