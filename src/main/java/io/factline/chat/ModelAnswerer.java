package io.factline.chat;

import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.tool.ToolErrorHandlerResult;
import io.factline.narrative.Attempt;
import io.factline.narrative.Finding;
import io.factline.narrative.Prompt;
import io.factline.narrative.PromptBuilder;
import io.factline.narrative.Turn;
import io.factline.narrative.llm.ModelClient;
import io.factline.narrative.llm.ModelFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Answers through a model: a LangChain4j AI service with the {@link FactTools}, the question prompt
 * (the reader's facts and history first, the question fenced as data), then the chat's repair prompt with
 * the findings (never the rejected text), up to {@code maxRepairs} times. Every draft goes through the
 * {@link AnswerCheck} against exactly the facts gathered for this answer. Returns nothing — and the caller
 * uses the offline answer — when the drafts keep failing, the model fails or times out, or a tool throws.
 */
final class ModelAnswerer {

    /** What the model path needs to know about one question. */
    record Request(String question, LocalDate date, List<Turn> history, FactRegistry registry) {
    }

    /** A draft that passed the check. */
    record Drafted(String text, AnswerCheck.Result result) {
    }

    private final ModelClient client;
    private final PromptBuilder prompts;
    private final MarketFacts facts;
    private final Vocabulary vocabulary;
    private final AnswerCheck check;
    private final int maxRepairs;
    private final int maxToolCalls;
    private final Duration budget;
    private final Clock clock;

    ModelAnswerer(ModelClient client, PromptBuilder prompts, MarketFacts facts, Vocabulary vocabulary, AnswerCheck check,
                  int maxRepairs, int maxToolCalls, Duration budget, Clock clock) {
        this.client = client;
        this.prompts = prompts;
        this.facts = facts;
        this.vocabulary = vocabulary;
        this.check = check;
        this.maxRepairs = maxRepairs;
        this.maxToolCalls = maxToolCalls;
        this.budget = budget;
        this.clock = clock;
    }

    String name() {
        return "llm:" + client.modelName();
    }

    /**
     * @param attempts every try is added here, passed or not
     * @return the validated text and its check, or empty when the offline answer must be used
     */
    Optional<Drafted> answer(Request r, Consumer<Status> status, List<Attempt> attempts) {
        Deadline deadline = new Deadline(clock, budget);
        String question = fenced(r.question());
        String system = prompts.question(sheet(r), r.history(), question, true).system();
        ChatAgent agent = AiServices.builder(ChatAgent.class)
                .chatModel(new BudgetedChatModel(client, deadline))
                .systemMessageProvider(memoryId -> system)
                .tools(new FactTools(facts, r.registry(), vocabulary, r.date()))
                .maxSequentialToolsInvocations(maxToolCalls)
                .toolArgumentsErrorHandler((error, context) ->
                        ToolErrorHandlerResult.text("the tool's arguments could not be read; send them as the schema says"))
                .toolExecutionErrorHandler((error, context) -> {
                    throw new ToolFailure(context.toolExecutionRequest().name());
                })
                .build();
        List<Finding> findings = List.of();
        for (int i = 0; i <= maxRepairs; i++) {
            int n = attempts.size() + 1;
            status.accept(new Status(Step.DRAFTING, i == 0 ? "" : "again (attempt " + (i + 1) + ")"));
            Prompt p = findings.isEmpty() ? prompts.question(sheet(r), r.history(), question, true)
                    : prompts.questionRepair(sheet(r), r.history(), question, findings);
            String draft;
            try {
                draft = agent.answer(p.user());
            } catch (ModelFailure e) {
                attempts.add(Attempt.error(n, name(), "the model failed: " + e.kind().name().toLowerCase(Locale.ROOT)));
                return Optional.empty();
            } catch (ToolFailure e) {
                attempts.add(Attempt.error(n, name(), e.getMessage()));
                return Optional.empty();
            } catch (RuntimeException e) {
                // the AI service's own errors (a hallucinated tool, too many tool calls): no detail that
                // could carry configuration goes into the answer's record
                attempts.add(Attempt.error(n, name(), "the AI service failed: " + e.getClass().getSimpleName()));
                return Optional.empty();
            }
            status.accept(new Status(Step.VALIDATING, ""));
            String candidate = draft == null ? "" : draft.strip();
            AnswerCheck.Result result = check.check(candidate, sheet(r));
            if (result.passed()) {
                attempts.add(Attempt.passed(n, name()));
                return Optional.of(new Drafted(candidate, result));
            }
            attempts.add(Attempt.rejected(n, name(), result.findings()));
            findings = result.findings();
            if (deadline.passed()) return Optional.empty();
        }
        return Optional.empty();
    }

    private io.factline.facts.FactSheet sheet(Request r) {
        return r.registry().sheet(r.date(), facts.instruments());
    }

    /** The question cannot close its own fence: the markers' angle brackets are replaced. */
    static String fenced(String question) {
        return question.replace("<<<", "‹‹‹").replace(">>>", "›››");
    }

    /** A tool threw: a bug or a broken data set, not something the model can fix. */
    static final class ToolFailure extends RuntimeException {
        ToolFailure(String tool) {
            super("the tool '" + tool + "' failed", null, false, false);
        }
    }
}
