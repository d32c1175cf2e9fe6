package io.factline.chat;

import static io.factline.chat.ChatFixtures.MARCH_23;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conversation memory: bounded in turns, characters and conversations; idle ones expire. */
class ConversationMemoryTest {

    final ScriptedModel.TestClock clock = new ScriptedModel.TestClock();

    static Exchange turn(String text) {
        Intent intent = new Intent.Declined(MARCH_23, Decline.NOT_UNDERSTOOD, "", List.of());
        Answer a = new Answer(text, List.of(), List.of(), null, Answer.OFFLINE, List.of(), "c", MARCH_23);
        return new Exchange(intent, a, Map.of());
    }

    @Test
    void should_keep_only_the_last_turns_when_over_the_turn_bound() {
        ConversationMemory memory = new ConversationMemory(6, 100_000, 10, Duration.ofHours(1), clock);

        for (int i = 1; i <= 8; i++) memory.remember("c", turn("answer " + i));

        assertThat(memory.history("c")).extracting(e -> e.answer().text())
                .containsExactly("answer 3", "answer 4", "answer 5", "answer 6", "answer 7", "answer 8");
    }

    @Test
    void should_drop_the_oldest_turns_when_over_the_character_bound() {
        ConversationMemory memory = new ConversationMemory(6, 4_000, 10, Duration.ofHours(1), clock);
        int perTurn = turn("x".repeat(1_000)).size();

        for (int i = 0; i < 5; i++) memory.remember("c", turn(String.valueOf(i).repeat(1_000)));

        List<Exchange> kept = memory.history("c");
        assertThat(kept.size() * perTurn).isLessThanOrEqualTo(4_000);
        assertThat(kept.get(kept.size() - 1).answer().text()).startsWith("4");
    }

    @Test
    void should_evict_the_least_recently_used_conversation_when_over_the_bound() {
        ConversationMemory memory = new ConversationMemory(6, 4_000, 2, Duration.ofHours(1), clock);
        memory.remember("a", turn("a"));
        memory.remember("b", turn("b"));
        memory.history("a");                      // a is used again: b is now the least recent

        memory.remember("c", turn("c"));

        assertThat(memory.history("b")).isEmpty();
        assertThat(memory.history("a")).hasSize(1);
        assertThat(memory.conversations()).isEqualTo(2);
    }

    @Test
    void should_forget_a_conversation_idle_for_longer_than_the_limit() {
        ConversationMemory memory = new ConversationMemory(6, 4_000, 10, Duration.ofHours(1), clock);
        memory.remember("c", turn("a"));

        clock.advance(Duration.ofMinutes(61));

        assertThat(memory.history("c")).isEmpty();
    }

    @Test
    void should_keep_turns_of_concurrent_conversations_apart() throws InterruptedException {
        ConversationMemory memory = ConversationMemory.standard(clock);
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            String id = "conv-" + t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 50; i++) memory.remember(id, turn(id));
            });
            threads[t].start();
        }
        for (Thread t : threads) t.join();

        for (int t = 0; t < threads.length; t++) {
            String id = "conv-" + t;
            assertThat(memory.history(id)).hasSize(6).allSatisfy(e -> assertThat(e.answer().text()).isEqualTo(id));
        }
    }
}
