package io.factline.web;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.factline.chat.ModelPath;
import io.factline.narrative.PromptBuilder;
import io.factline.narrative.Templates;
import io.factline.narrative.llm.ModelClient;
import io.factline.narrative.llm.ModelSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A model that answers only when the test lets it: each call waits until {@link #answer} gives it a
 * permit, so a test can act while the chat is waiting on the model (close the connection, ask again).
 */
final class HeldModel implements ChatModel {

    private final String reply;
    private final Semaphore permits = new Semaphore(0);
    private int called;

    HeldModel(String reply) {
        this.reply = reply;
    }

    /** The chat's model path over this model, as Main builds one (2 repairs, 8 tool calls, 30 s on a clock that stands still). */
    ModelPath path() {
        ModelSettings settings = ModelPath.forChat(ModelSettings.fromEnvironment(Map.of(ModelSettings.API_KEY, "sk-held-test")),
                Duration.ofSeconds(30));
        return new ModelPath(new ModelClient(this, settings, wait -> { }), new PromptBuilder(new Templates("prompts")), settings, 2, 8,
                Duration.ofSeconds(30), Clock.fixed(Instant.parse("2026-03-24T08:00:00Z"), ZoneOffset.UTC));
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        synchronized (this) {
            called++;
            notifyAll();
        }
        try {
            if (!permits.tryAcquire(60, TimeUnit.SECONDS)) throw new IllegalStateException("the test never let the model answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while held", e);
        }
        return ChatResponse.builder().aiMessage(AiMessage.from(reply)).finishReason(FinishReason.STOP).build();
    }

    /** Waits until the model has been called {@code total} times in all (the last call is held until {@link #answer}). */
    synchronized void awaitCalls(int total) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (called < total) {
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new AssertionError("the chat called the model " + called + " times, not " + total);
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Lets one held (or the next) call answer. */
    void answer() {
        permits.release();
    }

    synchronized int called() {
        return called;
    }
}
