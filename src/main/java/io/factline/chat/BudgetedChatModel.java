package io.factline.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.factline.narrative.llm.ModelClient;
import io.factline.narrative.llm.ModelFailure;

/**
 * The ChatModel the chat's AI service talks to: every request goes through {@link ModelClient} (our
 * retry policy, temperature 0, max tokens, failures classified and the key redacted), and none is sent
 * once the answer's {@link Deadline} has passed — the offline answer is used instead.
 */
final class BudgetedChatModel implements ChatModel {

    private final ModelClient client;
    private final Deadline deadline;

    BudgetedChatModel(ModelClient client, Deadline deadline) {
        this.client = client;
        this.deadline = deadline;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        if (deadline.passed()) {
            throw new ModelFailure(ModelFailure.Kind.TIMEOUT, "the answer's time budget of "
                    + deadline.budget().toSeconds() + " s is used up");
        }
        return client.chat(request);
    }
}
