package io.factline.narrative;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A model for unit tests: replies with scripted texts in order (the last one repeats), and records prompts. */
final class FakeChatModel implements ChatModel {

    private final Deque<String> replies;
    private final List<String> userMessages = new ArrayList<>();

    FakeChatModel(String... replies) {
        this.replies = new ArrayDeque<>(List.of(replies));
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        for (ChatMessage m : request.messages()) {
            if (m instanceof UserMessage u) userMessages.add(u.singleText());
        }
        String reply = replies.size() > 1 ? replies.pop() : replies.peek();
        return ChatResponse.builder().aiMessage(AiMessage.from(reply)).finishReason(FinishReason.STOP).build();
    }

    List<String> userMessages() {
        return userMessages;
    }
}
