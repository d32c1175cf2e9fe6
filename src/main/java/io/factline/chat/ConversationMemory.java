package io.factline.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The last turns of each conversation, holding only validated answers. Bounded three ways: per
 * conversation at most {@code maxTurns} turns and {@code maxChars} characters (oldest turns go first);
 * at most {@code maxConversations} conversations (the least recently used goes first); and a
 * conversation idle for longer than {@code idle} (by the injected {@link Clock}) is forgotten.
 * Thread-safe.
 */
public final class ConversationMemory {

    private final int maxTurns;
    private final int maxChars;
    private final int maxConversations;
    private final Duration idle;
    private final Clock clock;
    private final LinkedHashMap<String, Conversation> conversations = new LinkedHashMap<>(16, 0.75f, true);

    private static final class Conversation {
        final Deque<Exchange> turns = new ArrayDeque<>();
        int chars;
        Instant lastUsed;
    }

    public ConversationMemory(int maxTurns, int maxChars, int maxConversations, Duration idle, Clock clock) {
        if (maxTurns < 1 || maxChars < 1 || maxConversations < 1) throw new IllegalArgumentException("bounds must be >= 1");
        this.maxTurns = maxTurns;
        this.maxChars = maxChars;
        this.maxConversations = maxConversations;
        this.idle = idle;
        this.clock = clock;
    }

    /** 6 turns, 4,000 characters, 10,000 conversations, forgotten after an idle hour. */
    public static ConversationMemory standard(Clock clock) {
        return new ConversationMemory(6, 4_000, 10_000, Duration.ofHours(1), clock);
    }

    /** The remembered turns, oldest first; empty for an unknown or expired conversation. */
    public synchronized List<Exchange> history(String conversationId) {
        expire();
        Conversation c = conversations.get(conversationId);
        return c == null ? List.of() : new ArrayList<>(c.turns);
    }

    /** The newest turn, if any. */
    public synchronized java.util.Optional<Exchange> last(String conversationId) {
        List<Exchange> h = history(conversationId);
        return h.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(h.get(h.size() - 1));
    }

    public synchronized void remember(String conversationId, Exchange turn) {
        expire();
        Conversation c = conversations.computeIfAbsent(conversationId, k -> new Conversation());
        c.turns.addLast(turn);
        c.chars += turn.size();
        c.lastUsed = clock.instant();
        while (!c.turns.isEmpty() && (c.turns.size() > maxTurns || c.chars > maxChars)) {
            c.chars -= c.turns.pollFirst().size();
        }
        var eldest = conversations.entrySet().iterator();
        while (conversations.size() > maxConversations && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }

    public synchronized int conversations() {
        expire();
        return conversations.size();
    }

    private void expire() {
        Instant cutoff = clock.instant().minus(idle);
        conversations.values().removeIf(c -> c.lastUsed != null && c.lastUsed.isBefore(cutoff));
    }
}
