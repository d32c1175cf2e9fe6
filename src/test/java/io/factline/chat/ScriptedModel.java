package io.factline.chat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * A model for unit tests: replies in order with scripted messages (text, or tool calls), the last one
 * repeating; records every request; can move a test clock forward on each call, or throw.
 */
final class ScriptedModel implements ChatModel {

    private final Deque<Supplier<AiMessage>> replies = new ArrayDeque<>();
    private final List<ChatRequest> requests = new ArrayList<>();
    private Runnable onCall = () -> { };

    ScriptedModel text(String... texts) {
        for (String t : texts) replies.add(() -> AiMessage.from(t));
        return this;
    }

    ScriptedModel toolCall(String name, String arguments) {
        replies.add(() -> AiMessage.from(ToolExecutionRequest.builder().id("call_" + replies.size()).name(name)
                .arguments(arguments).build()));
        return this;
    }

    ScriptedModel failing(RuntimeException e) {
        replies.add(() -> {
            throw e;
        });
        return this;
    }

    ScriptedModel onCall(Runnable r) {
        onCall = r;
        return this;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        onCall.run();
        Supplier<AiMessage> next = replies.size() > 1 ? replies.pop() : replies.peek();
        AiMessage reply = next.get();
        return ChatResponse.builder().aiMessage(reply)
                .finishReason(reply.hasToolExecutionRequests() ? FinishReason.TOOL_EXECUTION : FinishReason.STOP).build();
    }

    List<ChatRequest> requests() {
        return requests;
    }

    /** The user messages of every request, in order. */
    List<String> userMessages() {
        List<String> out = new ArrayList<>();
        for (ChatRequest r : requests) {
            for (ChatMessage m : r.messages()) if (m instanceof UserMessage u) out.add(u.singleText());
        }
        return out;
    }

    /** The tool results the model was sent, in order. */
    List<String> toolResults() {
        List<String> out = new ArrayList<>();
        for (ChatRequest r : requests) {
            for (ChatMessage m : r.messages()) if (m instanceof ToolExecutionResultMessage t && !out.contains(t.text())) out.add(t.text());
        }
        return out;
    }

    /** A clock a test moves by hand. */
    static final class TestClock extends java.time.Clock {
        private java.time.Instant now = ChatFixtures.FIXED.instant();

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }
}
